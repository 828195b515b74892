/**
 * Administration within one's own organisation: its teams, its people, deactivating an account,
 * and the development outbox. An administrator manages only the organisations they administer;
 * every request, allowed or refused, is on the trail (the kernel writes it).
 */
import { signInNameOf } from '../../kernel/signInName.ts';
import { isRole, rightsOf, type AuditSubjectType, type UserSummary } from '@omringd/core';
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { memberships, outboxEmails, teams, users } from '../../platform/db/identitySchema.ts';
import { organizations } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withRight, type Acting } from '../../kernel/guards/rightGuard.ts';
import type { Principal } from '../../kernel/principal.ts';
import { revokeUserSessions } from '../../kernel/sessions.ts';

/** The organisations this person administers. */
export function administered(principal: Principal): string[] {
  return [
    ...new Set(
      principal.memberships
        .filter((m) => rightsOf([m.role]).has('admin.accounts'))
        .map((m) => m.organizationId),
    ),
  ];
}

export type Administering = Acting & { organizations: string[] };

/** An administrator's operation; with `organizationId`, only in an organisation they administer. */
export async function withAdmin<T>(
  ctx: AccessContext,
  on: {
    audit: 'read' | 'search' | 'create' | 'update';
    subjectType: AuditSubjectType;
    subjectId?: string;
    organizationId?: string;
  },
  fn: (admin: Administering) => Promise<T>,
): Promise<T> {
  return withRight(
    ctx,
    {
      ...on,
      right: 'admin.accounts',
      purpose: 'administration',
      refusal:
        on.organizationId === undefined
          ? 'Only an administrator can manage accounts.'
          : 'You manage the accounts of your own organisation only. Ask the administrator of that organisation.',
      refusalField: 'organizationId',
    },
    (a) => fn({ ...a, organizations: administered(a.principal) }),
  );
}

export async function listOrganizations(ctx: AccessContext) {
  return withAdmin(ctx, { audit: 'search', subjectType: 'organization' }, async (a) => {
    a.note({ scope: 'administered' });
    return a.tx
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(inArray(organizations.id, a.organizations))
      .orderBy(asc(organizations.name));
  });
}

export async function listTeams(ctx: AccessContext) {
  return withAdmin(ctx, { audit: 'search', subjectType: 'team' }, async (a) => {
    a.note({ scope: 'administered' });
    return a.tx
      .select({
        id: teams.id,
        name: teams.name,
        organizationId: teams.organizationId,
        organizationName: organizations.name,
      })
      .from(teams)
      .innerJoin(organizations, eq(organizations.id, teams.organizationId))
      .where(inArray(teams.organizationId, a.organizations))
      .orderBy(asc(organizations.name), asc(teams.name));
  });
}

export async function createTeam(
  ctx: AccessContext,
  input: { organizationId: string; name: string },
) {
  return withAdmin(
    ctx,
    { audit: 'create', subjectType: 'team', organizationId: input.organizationId },
    async (a) => {
      const id = randomUUID();
      const inserted = await a.tx
        .insert(teams)
        .values({ id, organizationId: input.organizationId, name: input.name, createdAt: a.now })
        .onConflictDoNothing()
        .returning({ id: teams.id });
      if (inserted.length === 0)
        throw new AppError(
          'conflict',
          'This organisation already has a team with this name.',
          'name',
        ).because('team_exists');
      a.about({ subjectId: id });
      a.note({ name: input.name, organizationId: input.organizationId });
      return { id, organizationId: input.organizationId, name: input.name };
    },
  );
}

/** The people of my organisations, with their memberships there (not elsewhere). */
export async function listUsers(ctx: AccessContext): Promise<UserSummary[]> {
  return withAdmin(ctx, { audit: 'search', subjectType: 'user' }, async (a) => {
    const held = await a.tx
      .select({
        id: memberships.id,
        userId: memberships.userId,
        organizationId: memberships.organizationId,
        organizationName: organizations.name,
        teamId: memberships.teamId,
        teamName: teams.name,
        role: memberships.role,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .leftJoin(teams, eq(teams.id, memberships.teamId))
      .where(inArray(memberships.organizationId, a.organizations));
    const ids = [...new Set(held.map((m) => m.userId))];
    const people =
      ids.length === 0
        ? []
        : await a.tx
            .select()
            .from(users)
            .where(inArray(users.id, ids))
            .orderBy(asc(users.displayName));
    a.note({ count: people.length });
    return people.map((u) => ({
      id: u.id,
      email: signInNameOf(u),
      displayName: u.displayName,
      status: u.status,
      secondFactor: u.totpSecret !== null,
      memberships: held.flatMap(({ userId, role, ...m }) =>
        userId === u.id && isRole(role) ? [{ ...m, role }] : [],
      ),
    }));
  });
}

/**
 * Deactivating an account ends its sessions at once. Only for a person who works for my
 * organisations alone: an account that another organisation relies on is its administrator's
 * call too.
 */
export async function deactivateUser(ctx: AccessContext, userId: string) {
  return withAdmin(ctx, { audit: 'update', subjectType: 'user', subjectId: userId }, async (a) => {
    if (userId === a.principal.userId)
      throw new AppError(
        'conflict',
        'You cannot deactivate your own account. Ask another administrator.',
      ).because('own_account');
    const held = await a.tx
      .select({ organizationId: memberships.organizationId })
      .from(memberships)
      .where(eq(memberships.userId, userId));
    if (held.length === 0 || !held.some((m) => a.organizations.includes(m.organizationId)))
      throw new AppError('not_found', 'There is no user with this id in your organisation.');
    if (held.some((m) => !a.organizations.includes(m.organizationId)))
      throw new AppError(
        'conflict',
        'This person also works for another organisation. Ask its administrator to deactivate the account with you, or end only the membership here.',
      ).because('works_elsewhere');
    await a.tx
      .update(users)
      .set({ status: 'deactivated', deactivatedAt: a.now })
      .where(eq(users.id, userId));
    await revokeUserSessions(a.tx, userId, 'deactivated', a.now);
    a.note({ status: 'deactivated', sessionsEnded: true });
    return { id: userId, status: 'deactivated' as const };
  });
}

/** The outbox while no SMTP server is configured (development): messages to my people only. */
export async function readOutbox(ctx: AccessContext) {
  return withAdmin(ctx, { audit: 'read', subjectType: 'outbox' }, async (a) => {
    // E-mails and text messages: an account's address is either (a family's mobile number).
    const mine = a.tx
      .select({ address: sql<string>`coalesce(${users.email}, ${users.mobile})` })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(inArray(memberships.organizationId, a.organizations));
    const found = await a.tx
      .select()
      .from(outboxEmails)
      .where(inArray(outboxEmails.toAddress, mine))
      .orderBy(desc(outboxEmails.createdAt))
      .limit(100);
    a.note({ count: found.length });
    return found.map((e) => ({
      id: e.id,
      channel: e.channel,
      to: e.toAddress,
      subject: e.subject,
      text: e.bodyText,
      createdAt: e.createdAt.toISOString(),
      sentAt: e.sentAt?.toISOString() ?? null,
    }));
  });
}
