/**
 * Accounts, teams and memberships, managed by administrators through the access context: every
 * change is audited in its own transaction, and a role change or deactivation ends the user's
 * sessions at once.
 */
import { isRole, type Role } from '@omringd/core';
import { asc, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { memberships, teams, users } from '../../platform/db/identitySchema.ts';
import { organizations } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { inviteUser, type NewInvitation } from './invitations.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { listOutbox } from '../../platform/mail/outbox.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { membershipWith, type Principal } from '../../kernel/principal.ts';

function admin(ctx: AccessContext): {
  principal: Principal;
  as: ReturnType<typeof membershipWith>;
} {
  const principal = ctx.principal;
  if (principal === null) throw new AppError('unauthenticated', 'Sign in first.');
  const as = membershipWith(principal, 'admin.accounts');
  if (as === undefined)
    throw new AppError('forbidden', 'Only an administrator can manage accounts.');
  return { principal, as };
}

export async function listOrganizations(ctx: AccessContext) {
  admin(ctx);
  return ctx.transaction('administration', (scope) =>
    scope.tx
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .orderBy(asc(organizations.name)),
  );
}

export async function listTeams(ctx: AccessContext) {
  admin(ctx);
  return ctx.transaction('administration', (scope) =>
    scope.tx
      .select({
        id: teams.id,
        name: teams.name,
        organizationId: teams.organizationId,
        organizationName: organizations.name,
      })
      .from(teams)
      .innerJoin(organizations, eq(organizations.id, teams.organizationId))
      .orderBy(asc(organizations.name), asc(teams.name)),
  );
}

export async function createTeam(
  ctx: AccessContext,
  input: { organizationId: string; name: string },
) {
  const { as } = admin(ctx);
  return ctx.transaction('administration', async (scope) => {
    const [organization] = await scope.tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, input.organizationId));
    if (organization === undefined)
      throw new AppError(
        'invalid_input',
        'Choose an organisation from the social map.',
        'organizationId',
      );
    const id = randomUUID();
    const inserted = await scope.tx
      .insert(teams)
      .values({ id, organizationId: input.organizationId, name: input.name, createdAt: scope.now })
      .onConflictDoNothing()
      .returning({ id: teams.id });
    if (inserted.length === 0)
      throw new AppError(
        'conflict',
        'This organisation already has a team with this name.',
        'name',
      );
    await scope.audit(
      {
        action: 'create',
        outcome: 'success',
        subjectType: 'team',
        subjectId: id,
        details: { name: input.name, organizationId: input.organizationId },
      },
      as,
    );
    return { id, organizationId: input.organizationId, name: input.name };
  });
}

export type UserSummary = {
  id: string;
  email: string;
  displayName: string;
  status: 'invited' | 'active' | 'deactivated';
  secondFactor: boolean;
  memberships: {
    id: string;
    organizationId: string;
    organizationName: string;
    teamId: string | null;
    teamName: string | null;
    role: Role;
  }[];
};

export async function listUsers(ctx: AccessContext): Promise<UserSummary[]> {
  const { as } = admin(ctx);
  return ctx.transaction('administration', async (scope) => {
    const people = await scope.tx.select().from(users).orderBy(asc(users.displayName));
    const held = await scope.tx
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
      .leftJoin(teams, eq(teams.id, memberships.teamId));
    await scope.audit(
      {
        action: 'search',
        outcome: 'success',
        subjectType: 'user',
        details: { count: people.length },
      },
      as,
    );
    return people.map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      status: u.status,
      secondFactor: u.totpSecret !== null,
      memberships: held.flatMap(({ userId, role, ...m }) =>
        userId === u.id && isRole(role) ? [{ ...m, role }] : [],
      ),
    }));
  });
}

export async function invite(ctx: AccessContext, input: NewInvitation, publicUrl: string) {
  const { principal, as } = admin(ctx);
  return ctx.transaction('administration', async (scope) => {
    const result = await inviteUser(scope.tx, input, principal.userId, publicUrl, scope.now);
    await scope.audit(
      {
        action: 'create',
        outcome: 'success',
        subjectType: 'invitation',
        subjectId: result.invitationId,
        details: {
          userId: result.userId,
          email: input.email,
          role: input.role,
          organizationId: input.organizationId,
        },
      },
      as,
    );
    return { userId: result.userId, invitationId: result.invitationId };
  });
}

export async function changeRole(
  ctx: AccessContext,
  membershipId: string,
  role: Role,
  regionProvinces?: string[],
) {
  const { as } = admin(ctx);
  return ctx.transaction('administration', async (scope) => {
    const [found] = await scope.tx
      .select()
      .from(memberships)
      .where(eq(memberships.id, membershipId));
    if (found === undefined)
      throw new AppError('not_found', 'There is no membership with this id.');
    await scope.tx
      .update(memberships)
      .set({ role, ...(regionProvinces === undefined ? {} : { regionProvinces }) })
      .where(eq(memberships.id, membershipId));
    await revokeUserSessions(scope.tx, found.userId, 'role_changed', scope.now);
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'membership',
        subjectId: membershipId,
        details: { userId: found.userId, from: found.role, to: role, sessionsEnded: true },
      },
      as,
    );
    return { id: membershipId, role };
  });
}

export async function deactivateUser(ctx: AccessContext, userId: string) {
  const { principal, as } = admin(ctx);
  if (userId === principal.userId)
    throw new AppError(
      'conflict',
      'You cannot deactivate your own account. Ask another administrator.',
    );
  return ctx.transaction('administration', async (scope) => {
    const updated = await scope.tx
      .update(users)
      .set({ status: 'deactivated', deactivatedAt: scope.now })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (updated.length === 0) throw new AppError('not_found', 'There is no user with this id.');
    await revokeUserSessions(scope.tx, userId, 'deactivated', scope.now);
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'user',
        subjectId: userId,
        details: { status: 'deactivated', sessionsEnded: true },
      },
      as,
    );
    return { id: userId, status: 'deactivated' as const };
  });
}

/** The outbox, readable only while no SMTP server is configured (development). */
export async function readOutbox(ctx: AccessContext) {
  const { as } = admin(ctx);
  return ctx.transaction('administration', async (scope) => {
    const found = await listOutbox(scope.tx);
    await scope.audit(
      {
        action: 'read',
        outcome: 'success',
        subjectType: 'outbox',
        details: { count: found.length },
      },
      as,
    );
    return found.map((e) => ({
      id: e.id,
      to: e.toAddress,
      subject: e.subject,
      text: e.bodyText,
      createdAt: e.createdAt.toISOString(),
      sentAt: e.sentAt?.toISOString() ?? null,
    }));
  });
}
