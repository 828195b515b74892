/**
 * Who gets which role. An administrator invites people into, and changes roles within, their own
 * organisation only, and never changes their own roles. A grant that opens family data (or makes
 * an administrator) waits for a second person: another administrator of the organisation, or the
 * operator on the command line where there is none. Nothing is granted until then; the approval
 * is taken once (a conditional update), and all of it is on the trail.
 */
import { signInNameOf } from '../../kernel/signInName.ts';
import { mailLanguage } from '@omringd/core';
import {
  administrableRoles,
  grantNeedsSecondPerson,
  type GrantAnswer,
  type Role,
} from '@omringd/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { memberships, roleGrants, teams, users } from '../../platform/db/identitySchema.ts';
import { organizations } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext, Scope, SystemContext } from '../../kernel/accessContext.ts';
import { revokeUserSessions } from '../../kernel/sessions.ts';
import { withAdmin } from './administration.ts';
import { inviteUser, type NewInvitation } from './invitations.ts';

type GrantRow = typeof roleGrants.$inferSelect;

export type { GrantAnswer } from '@omringd/core';

function assertAdministrable(role: Role): void {
  if (!(administrableRoles as readonly Role[]).includes(role))
    throw new AppError(
      'invalid_input',
      'Parents are not invited here: the case coordinator invites them to the family portal.',
      'role',
    );
}

async function assertTeamOf(tx: Db, teamId: string | null | undefined, organizationId: string) {
  if (teamId == null) return;
  const [team] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organizationId, organizationId)));
  if (team === undefined)
    throw new AppError(
      'invalid_input',
      'This team does not belong to the chosen organisation.',
      'teamId',
    );
}

/** Invites a person into my organisation; a role that opens family data waits for approval. */
export async function invite(
  ctx: AccessContext,
  /** Staff are invited by e-mail. */
  input: NewInvitation & { email: string },
  publicUrl: string,
): Promise<GrantAnswer> {
  assertAdministrable(input.role);
  return withAdmin(
    ctx,
    { audit: 'create', subjectType: 'invitation', organizationId: input.organizationId },
    async (a) => {
      await assertTeamOf(a.tx, input.teamId, input.organizationId);
      const email = input.email.trim().toLowerCase();
      a.note({ email, role: input.role, organizationId: input.organizationId });
      if (!grantNeedsSecondPerson(input.role)) {
        const result = await inviteUser(a.tx, input, a.principal.userId, publicUrl, a.now);
        a.about({ subjectId: result.invitationId });
        a.note({ userId: result.userId });
        return { status: 'invited', userId: result.userId, invitationId: result.invitationId };
      }
      const [existing] = await a.tx.select().from(users).where(eq(users.email, email));
      if (existing !== undefined && existing.status !== 'invited')
        throw new AppError(
          'conflict',
          'There is already an account with this e-mail address. Change its roles instead.',
          'email',
        ).because('account_exists');
      const grantId = await requestGrant(a, {
        kind: 'invitation',
        organizationId: input.organizationId,
        membershipId: null,
        email,
        displayName: input.displayName.trim(),
        locale: mailLanguage(input.locale),
        teamId: input.teamId ?? null,
        role: input.role,
        regionProvinces: input.regionProvinces ?? [],
      });
      return { status: 'awaiting_approval', grantId };
    },
  );
}

/** Changes a membership of my organisation (never my own); family data waits for approval. */
export async function changeRole(
  ctx: AccessContext,
  membershipId: string,
  role: Role,
  regionProvinces?: string[],
): Promise<GrantAnswer> {
  assertAdministrable(role);
  return withAdmin(
    ctx,
    { audit: 'update', subjectType: 'membership', subjectId: membershipId },
    async (a) => {
      const [found] = await a.tx
        .select({ membership: memberships, user: users })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.id, membershipId));
      if (found === undefined || !a.organizations.includes(found.membership.organizationId))
        throw new AppError(
          'not_found',
          'There is no membership with this id in your organisation.',
        );
      if (found.membership.userId === a.principal.userId)
        throw new AppError(
          'forbidden',
          'You cannot change your own role. Ask another administrator of your organisation.',
        );
      a.note({ userId: found.user.id, from: found.membership.role, to: role });
      if (!grantNeedsSecondPerson(role)) {
        await applyRoleChange(a.tx, found.membership, role, regionProvinces, a.now);
        a.note({ sessionsEnded: true });
        return { status: 'role_changed', membershipId, role };
      }
      const grantId = await requestGrant(a, {
        kind: 'role_change',
        organizationId: found.membership.organizationId,
        membershipId,
        email: signInNameOf(found.user),
        displayName: found.user.displayName,
        locale: mailLanguage(found.user.locale),
        teamId: found.membership.teamId,
        role,
        regionProvinces: regionProvinces ?? found.membership.regionProvinces,
      });
      return { status: 'awaiting_approval', grantId };
    },
  );
}

async function requestGrant(
  scope: Scope & { principal: { userId: string } },
  grant: Omit<
    GrantRow,
    | 'id'
    | 'requestedBy'
    | 'requestedAt'
    | 'status'
    | 'decidedBy'
    | 'decidedByOperator'
    | 'decidedAt'
  >,
): Promise<string> {
  const id = randomUUID();
  const inserted = await scope.tx
    .insert(roleGrants)
    .values({
      id,
      ...grant,
      requestedBy: scope.principal.userId,
      requestedAt: scope.now,
      status: 'pending',
    })
    .onConflictDoNothing()
    .returning({ id: roleGrants.id });
  if (inserted.length === 0)
    throw new AppError(
      'conflict',
      'A grant for this person waits for approval already. Ask another administrator to approve or reject it first.',
    ).because('grant_waiting');
  scope.note({ roleGrant: id, awaitingApproval: true });
  return id;
}

async function applyRoleChange(
  tx: Db,
  membership: typeof memberships.$inferSelect,
  role: Role,
  regionProvinces: string[] | undefined,
  now: Date,
): Promise<void> {
  await tx
    .update(memberships)
    .set({ role, ...(regionProvinces === undefined ? {} : { regionProvinces }) })
    .where(eq(memberships.id, membership.id));
  await revokeUserSessions(tx, membership.userId, 'role_changed', now);
}

/** Carries out an approved grant: the invitation goes out, or the role changes. */
async function applyGrant(
  tx: Db,
  grant: GrantRow,
  publicUrl: string,
  now: Date,
): Promise<GrantAnswer> {
  if (grant.kind === 'invitation') {
    const result = await inviteUser(
      tx,
      {
        email: grant.email,
        displayName: grant.displayName,
        organizationId: grant.organizationId,
        teamId: grant.teamId,
        role: grant.role as Role,
        locale: grant.locale,
        regionProvinces: grant.regionProvinces,
      },
      grant.requestedBy,
      publicUrl,
      now,
    );
    return { status: 'invited', userId: result.userId, invitationId: result.invitationId };
  }
  const [membership] = await tx
    .select()
    .from(memberships)
    .where(eq(memberships.id, grant.membershipId ?? ''));
  if (membership === undefined)
    throw new AppError('conflict', 'The membership of this grant no longer exists.').because(
      'membership_gone',
    );
  await applyRoleChange(tx, membership, grant.role as Role, grant.regionProvinces, now);
  return { status: 'role_changed', membershipId: membership.id, role: grant.role as Role };
}

/** Takes the decision once: only a grant still pending changes. */
async function decide(
  tx: Db,
  grantId: string,
  decision: 'approved' | 'rejected',
  by: { userId: string | null; operator: string | null },
  now: Date,
): Promise<GrantRow | undefined> {
  const [decided] = await tx
    .update(roleGrants)
    .set({
      status: decision,
      decidedBy: by.userId,
      decidedByOperator: by.operator,
      decidedAt: now,
    })
    .where(and(eq(roleGrants.id, grantId), eq(roleGrants.status, 'pending')))
    .returning();
  return decided;
}

export async function listRoleGrants(ctx: AccessContext) {
  return withAdmin(ctx, { audit: 'search', subjectType: 'role_grant' }, async (a) => {
    const found = await a.tx
      .select({
        id: roleGrants.id,
        kind: roleGrants.kind,
        organizationId: roleGrants.organizationId,
        organizationName: organizations.name,
        email: roleGrants.email,
        displayName: roleGrants.displayName,
        role: roleGrants.role,
        requestedBy: roleGrants.requestedBy,
        requestedByName: users.displayName,
        requestedAt: roleGrants.requestedAt,
      })
      .from(roleGrants)
      .innerJoin(organizations, eq(organizations.id, roleGrants.organizationId))
      .innerJoin(users, eq(users.id, roleGrants.requestedBy))
      .where(
        and(inArray(roleGrants.organizationId, a.organizations), eq(roleGrants.status, 'pending')),
      )
      .orderBy(asc(roleGrants.requestedAt));
    a.note({ count: found.length });
    return found.map((g) => ({
      ...g,
      requestedAt: g.requestedAt.toISOString(),
      // The page offers approval only where this administrator may give it.
      mayDecide: g.requestedBy !== a.principal.userId && g.email !== a.principal.email,
    }));
  });
}

/** A second administrator approves or rejects: never the one who asked, never the grantee. */
export async function decideRoleGrant(
  ctx: AccessContext,
  grantId: string,
  decision: 'approved' | 'rejected',
  publicUrl: string,
): Promise<GrantAnswer> {
  return withAdmin(
    ctx,
    { audit: 'update', subjectType: 'role_grant', subjectId: grantId },
    async (a) => {
      const [grant] = await a.tx.select().from(roleGrants).where(eq(roleGrants.id, grantId));
      if (grant === undefined || !a.organizations.includes(grant.organizationId))
        return a.deny('not_found');
      if (grant.requestedBy === a.principal.userId)
        throw new AppError(
          'forbidden',
          'You asked for this grant yourself: another administrator approves it (four eyes).',
        );
      if (grant.email === a.principal.email)
        throw new AppError('forbidden', 'A grant for yourself is approved by someone else.');
      const decided = await decide(
        a.tx,
        grantId,
        decision,
        { userId: a.principal.userId, operator: null },
        a.now,
      );
      if (decided === undefined)
        throw new AppError(
          'conflict',
          `This grant was decided already (${grant.status}). Reload the page.`,
        ).because('grant_decided');
      a.note({ decision, role: grant.role, email: grant.email, kind: grant.kind });
      if (decision === 'rejected') return { status: 'rejected', grantId };
      return applyGrant(a.tx, decided, publicUrl, a.now);
    },
  );
}

/** The operator approves on the command line, for an organisation with one administrator. */
export async function approveGrantAsOperator(
  system: SystemContext,
  grantId: string,
  publicUrl: string,
): Promise<GrantAnswer> {
  return system.audited(
    { action: 'update', subjectType: 'role_grant', subjectId: grantId, purpose: 'administration' },
    async (scope) => {
      const decided = await decide(
        scope.tx,
        grantId,
        'approved',
        { userId: null, operator: system.actorName },
        scope.now,
      );
      if (decided === undefined)
        throw new AppError('not_found', `There is no pending grant ${grantId}.`);
      scope.actAs({ organizationId: decided.organizationId });
      scope.note({ decision: 'approved', role: decided.role, email: decided.email });
      return applyGrant(scope.tx, decided, publicUrl, scope.now);
    },
  );
}

/** Pending grants, for the operator's command line. */
export async function pendingGrants(system: SystemContext) {
  return system.read((tx) =>
    tx
      .select({
        id: roleGrants.id,
        organization: organizations.name,
        email: roleGrants.email,
        role: roleGrants.role,
        requestedAt: roleGrants.requestedAt,
      })
      .from(roleGrants)
      .innerJoin(organizations, eq(organizations.id, roleGrants.organizationId))
      .where(eq(roleGrants.status, 'pending'))
      .orderBy(asc(roleGrants.requestedAt)),
  );
}
