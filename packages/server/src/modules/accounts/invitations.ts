/**
 * Invitations: an administrator names a person, their organisation, team and role; the person
 * gets an e-mail (through the outbox) with a single-use link that expires; accepting sets the
 * password and activates the account. The token exists only in the e-mail; we keep its hash.
 */
import { signInNameOf } from '../../kernel/signInName.ts';
import { isRole, mailLanguage, roleDefinitions, type Language, type Role } from '@omringd/core';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { invitations, memberships, teams, users } from '../../platform/db/identitySchema.ts';
import { organizations } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueueEmail, enqueueText, redactSent } from '../../platform/mail/outbox.ts';
import {
  familyInvitationEmail,
  familyInvitationText,
  invitationEmail,
  supporterInvitationEmail,
} from '../../platform/mail/messages.ts';
import { checkPasswordStrength, hashPassword } from '../auth/passwords.ts';
import { newToken, sha256Hex } from '../../kernel/tokens.ts';

export const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;

export type NewInvitation = {
  /** The address the invitation goes to; a family account may have a mobile number instead. */
  email: string | undefined;
  /** A family account's mobile number (E.164): the invitation goes by text message. */
  mobile?: string | undefined;
  displayName: string;
  organizationId: string;
  teamId?: string | null | undefined;
  role: Role;
  /** The language the account reads in: a family's messages come in it, staff's in nl or en. */
  locale: Language;
  /** For a network coordinator: the provinces whose social map they manage. */
  regionProvinces?: string[] | undefined;
  /** A parent invited to the family portal by this coordinator gets the family's e-mail. */
  invitedToFamilyBy?: string | undefined;
  /** A supporter from the network invited by this parent gets the supporter's e-mail. */
  invitedToSupportBy?: string | undefined;
};

/** Creates the invited user, the membership, the invitation and its e-mail in one transaction. */
export async function inviteUser(
  tx: Db,
  input: NewInvitation,
  invitedBy: string | null,
  publicUrl: string,
  now: Date,
): Promise<{ userId: string; invitationId: string; link: string }> {
  const email = input.email?.trim().toLowerCase() ?? null;
  const mobile = email === null ? (input.mobile ?? null) : null;
  if (email === null && mobile === null)
    throw new AppError(
      'invalid_input',
      'Write the e-mail address the invitation goes to.',
      'email',
    );
  const [organization] = await tx
    .select()
    .from(organizations)
    .where(eq(organizations.id, input.organizationId));
  if (organization === undefined)
    throw new AppError(
      'invalid_input',
      'Choose an organisation from the social map.',
      'organizationId',
    );
  if (input.teamId != null) {
    const [team] = await tx
      .select()
      .from(teams)
      .where(and(eq(teams.id, input.teamId), eq(teams.organizationId, input.organizationId)));
    if (team === undefined)
      throw new AppError(
        'invalid_input',
        'This team does not belong to the chosen organisation.',
        'teamId',
      );
  }
  const [existing] = await tx
    .select()
    .from(users)
    .where(mobile === null ? eq(users.email, email ?? '') : eq(users.mobile, mobile));
  if (existing !== undefined && existing.status !== 'invited')
    throw new AppError(
      'conflict',
      mobile === null
        ? 'There is already an account with this e-mail address. Change its roles instead.'
        : 'There is already an account with this mobile number. Choose the parent’s own number.',
      mobile === null ? 'email' : 'mobile',
    ).because('account_exists');
  const userId = existing?.id ?? randomUUID();
  if (existing === undefined) {
    await tx.insert(users).values({
      id: userId,
      email,
      mobile,
      displayName: input.displayName.trim(),
      status: 'invited',
      locale: input.locale,
      createdAt: now,
    });
    await tx.insert(memberships).values({
      id: randomUUID(),
      userId,
      organizationId: input.organizationId,
      teamId: input.teamId ?? null,
      role: input.role,
      regionProvinces: input.regionProvinces ?? [],
      createdAt: now,
    });
  }
  // One live invitation per person: an earlier link stops working now (and the database's
  // one-live-invitation index refuses two whatever races).
  const replaced = await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.userId, userId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  for (const old of replaced) await redactSent(tx, `invitation:${old.id}`);
  const token = newToken();
  const invitationId = randomUUID();
  const expiresAt = new Date(now.getTime() + INVITATION_VALID_MS);
  await tx.insert(invitations).values({
    id: invitationId,
    tokenHash: sha256Hex(token),
    userId,
    invitedBy,
    createdAt: now,
    expiresAt,
  });
  const link = `${publicUrl}/uitnodiging/${token}`;
  const message =
    input.invitedToSupportBy !== undefined
      ? supporterInvitationEmail({
          locale: input.locale,
          name: input.displayName,
          coordinator: input.invitedToSupportBy,
          link,
          expiresAt,
        })
      : input.invitedToFamilyBy !== undefined
        ? familyInvitationEmail({
            locale: input.locale,
            name: input.displayName,
            coordinator: input.invitedToFamilyBy,
            organization: organization.name,
            link,
            expiresAt,
          })
        : invitationEmail({
            locale: mailLanguage(input.locale),
            name: input.displayName,
            organization: organization.name,
            link,
            expiresAt,
          });
  if (mobile !== null) {
    const text = familyInvitationText({
      locale: input.locale,
      name: input.displayName,
      coordinator: input.invitedToFamilyBy ?? organization.name,
      link,
      expiresAt,
    });
    await enqueueText(
      tx,
      {
        idempotencyKey: `invitation:${invitationId}`,
        to: mobile,
        text,
        textAfterSending: text.replace(link, `${publicUrl}/uitnodiging/[link verwijderd]`),
      },
      now,
    );
    return { userId, invitationId, link };
  }
  if (email === null) throw new Error('An invitation without an address was not refused.');
  await enqueueEmail(
    tx,
    {
      idempotencyKey: `invitation:${invitationId}`,
      to: email,
      subject: message.subject,
      text: message.text,
      // Once sent, the outbox keeps the message without its single-use link.
      textAfterSending: message.text.replace(link, `${publicUrl}/uitnodiging/[link verwijderd]`),
    },
    now,
  );
  return { userId, invitationId, link };
}

async function openInvitation(db: Db, token: string, now: Date) {
  return openInvitationByHash(db, sha256Hex(token), now);
}

async function openInvitationByHash(db: Db, tokenHash: string, now: Date) {
  const [found] = await db
    .select({ invitation: invitations, user: users })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .where(eq(invitations.tokenHash, tokenHash));
  if (found === undefined)
    throw new AppError(
      'not_found',
      'This invitation link is not valid. Check that you copied the whole link.',
    );
  if (found.invitation.acceptedAt !== null || found.user.status !== 'invited')
    throw new AppError(
      'gone',
      'This invitation was already used. Sign in with your e-mail address and password.',
    );
  if (found.invitation.revokedAt !== null)
    throw new AppError(
      'gone',
      'This invitation was replaced by a newer one. Use the link in the most recent e-mail, or ask your administrator.',
    );
  if (found.invitation.expiresAt <= now)
    throw new AppError(
      'gone',
      'This invitation has expired. Ask your administrator for a new one.',
    );
  return found;
}

export async function describeInvitation(db: Db, token: string, now: Date) {
  const { user } = await openInvitation(db, token, now);
  const [membership] = await db
    .select({ role: memberships.role, organizationName: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, user.id));
  const role = membership !== undefined && isRole(membership.role) ? membership.role : null;
  return {
    email: signInNameOf(user),
    displayName: user.displayName,
    organizationName: membership?.organizationName ?? '',
    role,
    roleLabel: role === null ? null : roleDefinitions[role].labels,
  };
}

/**
 * Sets the password and activates the account; the link is used up in the same transaction, once
 * (conditional on being unused, not replaced and not expired), and its e-mail loses the link.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  password: string,
  now: Date,
): Promise<{ userId: string }> {
  const { invitation, user } = await openInvitation(db, token, now);
  const verdict = checkPasswordStrength(password, [signInNameOf(user), user.displayName]);
  if (!verdict.ok)
    throw new AppError('weak_password', verdict.reason, 'password').because(verdict.code);
  const passwordHash = await hashPassword(password);
  await useInvitation(db, invitation.id, user.id, { passwordHash, passwordChangedAt: now }, now);
  return { userId: user.id };
}

/**
 * A parent accepts with a passkey instead of a password: `register` checks and keeps the passkey,
 * in the same transaction as the link is used up and the account activated (no password is set;
 * one can be chosen later). Roles that must use an authenticator app accept with a password.
 */
export async function acceptInvitationWithPasskey(
  db: Db,
  token: string,
  now: Date,
  register: (tx: Db, userId: string) => Promise<void>,
): Promise<{ userId: string }> {
  const { invitation, user } = await openInvitation(db, token, now);
  await db.transaction(async (tx) => {
    await register(tx, user.id);
    await useInvitation(tx, invitation.id, user.id, {}, now);
  });
  return { userId: user.id };
}

/**
 * A family's invitation accepted with a login for families (itsme, the government login): the
 * flow kept only the token's hash; `link` keeps the login's identity, in the same transaction as
 * the link is used up and the account activated.
 */
export async function acceptInvitationWithLogin(
  db: Db,
  tokenHash: string,
  now: Date,
  link: (tx: Db, userId: string) => Promise<void>,
): Promise<{ userId: string }> {
  const { invitation, user } = await openInvitationByHash(db, tokenHash, now);
  await db.transaction(async (tx) => {
    await link(tx, user.id);
    await useInvitation(tx, invitation.id, user.id, {}, now);
  });
  return { userId: user.id };
}

/** The invited person of an open invitation, for a passkey's options. */
export async function invitedPerson(db: Db, token: string, now: Date) {
  const { user } = await openInvitation(db, token, now);
  return { id: user.id, email: signInNameOf(user), displayName: user.displayName };
}

async function useInvitation(
  db: Db,
  invitationId: string,
  userId: string,
  credentials: { passwordHash?: string; passwordChangedAt?: Date },
  now: Date,
): Promise<void> {
  const used = () =>
    new AppError(
      'gone',
      'This invitation was already used. Sign in with your e-mail address and password.',
    );
  await db.transaction(async (tx) => {
    const taken = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(
        and(
          eq(invitations.id, invitationId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .returning({ id: invitations.id });
    if (taken.length !== 1) throw used();
    const activated = await tx
      .update(users)
      .set({ ...credentials, status: 'active' })
      .where(and(eq(users.id, userId), eq(users.status, 'invited')))
      .returning({ id: users.id });
    if (activated.length !== 1) throw used();
    await redactSent(tx, `invitation:${invitationId}`);
  });
}
