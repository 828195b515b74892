/**
 * Case data through the access context. Each operation gathers the user's relationship to the
 * case, asks the core for a decision, and audits the outcome in the same transaction. A case the
 * user may not see answers exactly like a case that does not exist.
 */
import {
  decideCaseAccess,
  mayReadRestrictedField,
  restrictedCaseFields,
  type CaseAccessBasis,
  type CaseAction,
  type CaseRelationship,
  type CaseShareFacts,
  type Purpose,
} from '@omringd/core';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { auditEvents } from '../../kernel/audit/auditSchema.ts';
import {
  breakGlassGrants,
  caseMembers,
  referrals,
  cases,
  caseShares,
  familyParents,
  families,
} from '../../kernel/tables/caseSchema.ts';
import { memberships, notifications, users } from '../../platform/db/identitySchema.ts';
import { organizations } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext, Scope } from '../../kernel/accessContext.ts';
import { membershipWith, type Membership, type Principal } from '../../kernel/principal.ts';

/** How long a break-the-glass grant lasts. */
export const BREAK_GLASS_MS = 4 * 60 * 60 * 1000;

const notFound = () =>
  new AppError('not_found', 'There is no case with this id, or you have no access to it.');

function requirePrincipal(ctx: AccessContext): Principal {
  if (ctx.principal === null) throw new AppError('unauthenticated', 'Sign in first.');
  return ctx.principal;
}

async function relationshipTo(tx: Db, principal: Principal, caseId: string, now: Date) {
  const [found] = await tx.select().from(cases).where(eq(cases.id, caseId));
  if (found === undefined) return null;
  const [member] = await tx
    .select()
    .from(caseMembers)
    .where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.userId, principal.userId)));
  const shares = await tx.select().from(caseShares).where(eq(caseShares.caseId, caseId));
  const [referral] = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.caseId, caseId), eq(referrals.referrerUserId, principal.userId)));
  const [grant] = await tx
    .select({ expiresAt: breakGlassGrants.expiresAt })
    .from(breakGlassGrants)
    .where(
      and(
        eq(breakGlassGrants.caseId, caseId),
        eq(breakGlassGrants.userId, principal.userId),
        gt(breakGlassGrants.expiresAt, now),
      ),
    )
    .orderBy(desc(breakGlassGrants.expiresAt))
    .limit(1);
  const [parent] = await tx
    .select({ userId: familyParents.userId })
    .from(familyParents)
    .where(
      and(eq(familyParents.familyId, found.familyId), eq(familyParents.userId, principal.userId)),
    );
  const relationship: CaseRelationship = {
    teamMember:
      member === undefined
        ? null
        : { caseRole: member.caseRole, organizationId: member.organizationId },
    owningOrganizationId: found.organizationId,
    shares: new Map<string, CaseShareFacts>(
      shares.map((s) => [s.organizationId, { legalBasis: s.legalBasis, agreement: s.agreement }]),
    ),
    isReferrer: referral !== undefined,
    breakGlassUntil: grant?.expiresAt ?? null,
    isParentOfFamily: parent !== undefined,
  };
  return { found, relationship, memberOrganizationId: member?.organizationId };
}

type Authorized = {
  found: typeof cases.$inferSelect;
  basis: CaseAccessBasis;
  as: Membership | undefined;
};

/** The decision for one action on one case; denied and missing both end in a 404. */
async function authorize(
  scope: Scope,
  principal: Principal,
  caseId: string,
  action: CaseAction,
  auditAction: Parameters<Scope['audit']>[0]['action'],
): Promise<Authorized> {
  const gathered = await relationshipTo(scope.tx, principal, caseId, scope.now);
  if (gathered === null) {
    scope.deny({
      action: auditAction,
      subjectType: 'case',
      subjectId: caseId,
      details: { reason: 'not_found' },
    });
  }
  const decision = decideCaseAccess({
    action,
    rights: principal.rights,
    roles: principal.roles,
    relationship: gathered.relationship,
    now: scope.now,
  });
  const as =
    membershipWith(principal, 'case.participate', gathered.memberOrganizationId) ??
    principal.memberships[0];
  if (!decision.allowed) {
    scope.deny(
      {
        action: auditAction,
        subjectType: 'case',
        subjectId: caseId,
        caseId,
        details: { reason: decision.reason, caseAction: action },
      },
      as,
    );
  }
  return { found: gathered.found, basis: decision.basis, as };
}

/** Runs a case operation; a denial becomes the same 404 as a missing case. */
async function withCase<T>(
  ctx: AccessContext,
  purpose: Purpose,
  fn: (scope: Scope, principal: Principal) => Promise<T>,
): Promise<T> {
  const principal = requirePrincipal(ctx);
  try {
    return await ctx.transaction(purpose, (scope) => fn(scope, principal));
  } catch (error) {
    if (error instanceof Error && error.name === 'AccessDenied') throw notFound();
    throw error;
  }
}

export type CaseView = {
  id: string;
  familyId: string;
  familyLabel: string;
  organizationId: string;
  title: string;
  concern: string;
  status: 'open' | 'closed';
  restricted: Record<string, { visible: true; value: string } | { visible: false }>;
  accessBasis: CaseAccessBasis;
  team: {
    userId: string;
    displayName: string;
    caseRole: 'coordinator' | 'member';
    organizationId: string;
  }[];
  shares: {
    organizationId: string;
    organizationName: string;
    legalBasis: string;
    agreement: 'given' | 'withdrawn' | 'refused';
    agreementRecordedAt: string;
  }[];
  updatedAt: string;
};

async function caseView(
  tx: Db,
  found: typeof cases.$inferSelect,
  basis: CaseAccessBasis,
  principal: Principal,
): Promise<CaseView> {
  const [family] = await tx.select().from(families).where(eq(families.id, found.familyId));
  const team = await tx
    .select({
      userId: caseMembers.userId,
      displayName: users.displayName,
      caseRole: caseMembers.caseRole,
      organizationId: caseMembers.organizationId,
    })
    .from(caseMembers)
    .innerJoin(users, eq(users.id, caseMembers.userId))
    .where(eq(caseMembers.caseId, found.id))
    .orderBy(caseMembers.addedAt);
  const shares = await tx
    .select({
      organizationId: caseShares.organizationId,
      organizationName: organizations.name,
      legalBasis: caseShares.legalBasis,
      agreement: caseShares.agreement,
      agreementRecordedAt: caseShares.agreementRecordedAt,
    })
    .from(caseShares)
    .innerJoin(organizations, eq(organizations.id, caseShares.organizationId))
    .where(eq(caseShares.caseId, found.id));
  const restricted: CaseView['restricted'] = {};
  for (const field of restrictedCaseFields) {
    const value = found.restricted[field];
    if (value === undefined) continue;
    restricted[field] = mayReadRestrictedField(field, principal.roles, basis)
      ? { visible: true, value }
      : { visible: false };
  }
  return {
    id: found.id,
    familyId: found.familyId,
    familyLabel: family?.label ?? '',
    organizationId: found.organizationId,
    title: found.title,
    concern: found.concern,
    status: found.status,
    restricted,
    accessBasis: basis,
    team,
    shares: shares.map((s) => ({ ...s, agreementRecordedAt: s.agreementRecordedAt.toISOString() })),
    updatedAt: found.updatedAt.toISOString(),
  };
}

export async function readCase(ctx: AccessContext, caseId: string): Promise<CaseView> {
  return withCase(ctx, 'care', async (scope, principal) => {
    const { found, basis, as } = await authorize(scope, principal, caseId, 'read', 'read');
    const view = await caseView(scope.tx, found, basis, principal);
    await scope.audit(
      {
        action: 'read',
        outcome: 'success',
        subjectType: 'case',
        subjectId: caseId,
        caseId,
        details: {
          basis,
          restrictedShown: Object.entries(view.restricted)
            .filter(([, v]) => v.visible)
            .map(([k]) => k),
        },
      },
      as,
    );
    return view;
  });
}

/** The file as a download ('export') or as a page to print ('print'): both audited as such. */
export async function exportCase(
  ctx: AccessContext,
  caseId: string,
  kind: 'export' | 'print' = 'export',
): Promise<CaseView> {
  return withCase(ctx, 'care', async (scope, principal) => {
    const { found, basis, as } = await authorize(scope, principal, caseId, 'export', kind);
    const view = await caseView(scope.tx, found, basis, principal);
    await scope.audit(
      {
        action: kind,
        outcome: 'success',
        subjectType: 'case',
        subjectId: caseId,
        caseId,
        details: { basis },
      },
      as,
    );
    return view;
  });
}

export type CaseSummary = {
  id: string;
  title: string;
  familyLabel: string;
  status: 'open' | 'closed';
  caseRole: 'coordinator' | 'member';
};

/** The cases the user is in the team of (with a valid share when from another organisation). */
export async function listMyCases(ctx: AccessContext): Promise<CaseSummary[]> {
  const principal = requirePrincipal(ctx);
  return ctx.transaction('care', async (scope) => {
    const mine = await scope.tx
      .select({
        id: cases.id,
        title: cases.title,
        familyLabel: families.label,
        status: cases.status,
        caseRole: caseMembers.caseRole,
        owner: cases.organizationId,
        memberOrg: caseMembers.organizationId,
      })
      .from(caseMembers)
      .innerJoin(cases, eq(cases.id, caseMembers.caseId))
      .innerJoin(families, eq(families.id, cases.familyId))
      .where(eq(caseMembers.userId, principal.userId))
      .orderBy(desc(cases.updatedAt));
    const visible: CaseSummary[] = [];
    for (const row of mine) {
      const gathered = await relationshipTo(scope.tx, principal, row.id, scope.now);
      if (gathered === null) continue;
      const decision = decideCaseAccess({
        action: 'read',
        rights: principal.rights,
        roles: principal.roles,
        relationship: gathered.relationship,
        now: scope.now,
      });
      if (decision.allowed)
        visible.push({
          id: row.id,
          title: row.title,
          familyLabel: row.familyLabel,
          status: row.status,
          caseRole: row.caseRole,
        });
    }
    await scope.audit(
      {
        action: 'search',
        outcome: 'success',
        subjectType: 'case',
        details: { scope: 'my_cases', count: visible.length, caseIds: visible.map((c) => c.id) },
      },
      membershipWith(principal, 'case.participate'),
    );
    return visible;
  });
}

export type NewCase = {
  familyLabel: string;
  postalCode?: string | undefined;
  title: string;
  concern: string;
  restricted: Partial<Record<'addiction' | 'violence', string>>;
  organizationId: string;
};

/** A case coordinator opens a case for their own organisation and is its coordinator. */
export async function createCase(ctx: AccessContext, input: NewCase): Promise<CaseView> {
  const principal = requirePrincipal(ctx);
  const as = principal.memberships.find(
    (m) => m.organizationId === input.organizationId && m.role === 'case_coordinator',
  );
  if (as === undefined)
    throw new AppError(
      'forbidden',
      'Only a case coordinator of this organisation can open a case for it.',
      'organizationId',
    );
  return ctx.transaction('coordination', async (scope) => {
    const familyId = randomUUID();
    const caseId = randomUUID();
    await scope.tx.insert(families).values({
      id: familyId,
      label: input.familyLabel,
      postalCode: input.postalCode ?? null,
      createdAt: scope.now,
    });
    const [found] = await scope.tx
      .insert(cases)
      .values({
        id: caseId,
        familyId,
        organizationId: input.organizationId,
        title: input.title,
        concern: input.concern,
        restricted: input.restricted as Record<string, string>,
        status: 'open',
        createdAt: scope.now,
        updatedAt: scope.now,
      })
      .returning();
    if (found === undefined) throw new Error('The case was not stored.');
    await scope.tx.insert(caseMembers).values({
      caseId,
      userId: principal.userId,
      organizationId: input.organizationId,
      caseRole: 'coordinator',
      addedAt: scope.now,
    });
    await scope.audit(
      { action: 'create', outcome: 'success', subjectType: 'case', subjectId: caseId, caseId },
      as,
    );
    return caseView(scope.tx, found, 'coordinator', principal);
  });
}

export type CaseUpdate = {
  title?: string | undefined;
  concern?: string | undefined;
  restricted?: Partial<Record<'addiction' | 'violence', string>> | undefined;
  status?: 'open' | 'closed' | undefined;
};

export async function updateCase(
  ctx: AccessContext,
  caseId: string,
  change: CaseUpdate,
): Promise<CaseView> {
  return withCase(ctx, 'care', async (scope, principal) => {
    const { found, basis, as } = await authorize(scope, principal, caseId, 'update', 'update');
    if (change.restricted !== undefined) {
      for (const field of Object.keys(change.restricted) as ('addiction' | 'violence')[]) {
        if (!mayReadRestrictedField(field, principal.roles, basis))
          throw new AppError(
            'forbidden',
            `Only a case coordinator or expert can change "${field}".`,
            `restricted.${field}`,
          );
      }
    }
    const [updated] = await scope.tx
      .update(cases)
      .set({
        ...(change.title === undefined ? {} : { title: change.title }),
        ...(change.concern === undefined ? {} : { concern: change.concern }),
        ...(change.status === undefined ? {} : { status: change.status }),
        ...(change.restricted === undefined
          ? {}
          : {
              restricted: { ...found.restricted, ...change.restricted },
            }),
        updatedAt: scope.now,
      })
      .where(eq(cases.id, caseId))
      .returning();
    if (updated === undefined) throw notFound();
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'case',
        subjectId: caseId,
        caseId,
        details: { fields: Object.keys(change) },
      },
      as,
    );
    return caseView(scope.tx, updated, basis, principal);
  });
}

export async function addCaseMember(
  ctx: AccessContext,
  caseId: string,
  input: { userId: string; organizationId: string },
): Promise<CaseView> {
  return withCase(ctx, 'coordination', async (scope, principal) => {
    const { found, basis, as } = await authorize(scope, principal, caseId, 'share', 'update');
    await scope.tx
      .insert(caseMembers)
      .values({
        caseId,
        userId: input.userId,
        organizationId: input.organizationId,
        caseRole: 'member',
        addedAt: scope.now,
      })
      .onConflictDoNothing();
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'case',
        subjectId: caseId,
        caseId,
        details: { addedMember: input.userId, organizationId: input.organizationId },
      },
      as,
    );
    return caseView(scope.tx, found, basis, principal);
  });
}

/** Art. 74: the legal basis and the family's agreement, recorded apart, with who and when. */
export async function shareCase(
  ctx: AccessContext,
  caseId: string,
  input: {
    organizationId: string;
    legalBasis: string;
    agreement: 'given' | 'withdrawn' | 'refused';
  },
): Promise<CaseView> {
  return withCase(ctx, 'coordination', async (scope, principal) => {
    const { found, basis, as } = await authorize(scope, principal, caseId, 'share', 'update');
    const values = {
      legalBasis: input.legalBasis,
      agreement: input.agreement,
      agreementRecordedBy: principal.userId,
      agreementRecordedAt: scope.now,
    };
    await scope.tx
      .insert(caseShares)
      .values({ caseId, organizationId: input.organizationId, createdAt: scope.now, ...values })
      .onConflictDoUpdate({ target: [caseShares.caseId, caseShares.organizationId], set: values });
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'case',
        subjectId: caseId,
        caseId,
        details: {
          share: input.organizationId,
          legalBasis: input.legalBasis,
          agreement: input.agreement,
        },
      },
      as,
    );
    return caseView(scope.tx, found, basis, principal);
  });
}

export type ReferralStatus = {
  caseId: string;
  status: string;
  feedback: string;
  contactPerson: { displayName: string } | null;
  updatedAt: string;
};

/** What a referrer is told: status, feedback and the one contact person, not the file. */
export async function readReferralStatus(
  ctx: AccessContext,
  caseId: string,
): Promise<ReferralStatus> {
  return withCase(ctx, 'care', async (scope, principal) => {
    const { as } = await authorize(scope, principal, caseId, 'read_referral_status', 'read');
    const [referral] = await scope.tx
      .select()
      .from(referrals)
      .where(eq(referrals.caseId, caseId))
      .orderBy(desc(referrals.createdAt))
      .limit(1);
    const [coordinator] = await scope.tx
      .select({ displayName: users.displayName })
      .from(caseMembers)
      .innerJoin(users, eq(users.id, caseMembers.userId))
      .where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.caseRole, 'coordinator')));
    await scope.audit(
      {
        action: 'read',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: referral?.id ?? null,
        caseId,
      },
      as,
    );
    return {
      caseId,
      status: referral?.status ?? 'accepted',
      feedback: referral?.feedback ?? '',
      contactPerson: coordinator ?? null,
      updatedAt: (referral?.updatedAt ?? scope.now).toISOString(),
    };
  });
}

/**
 * Break-the-glass: a user with the right opens a case outside their relationships, for a stated
 * reason and a limited time. The case coordinators are notified; the trail names it as such.
 */
export async function breakGlass(
  ctx: AccessContext,
  caseId: string,
  reason: string,
): Promise<{ expiresAt: string }> {
  const principal = requirePrincipal(ctx);
  const as = membershipWith(principal, 'case.break_glass');
  if (as === undefined)
    throw new AppError('forbidden', 'Your role cannot open a case with break-the-glass.');
  try {
    return await ctx.transaction('emergency', async (scope) => {
      const [found] = await scope.tx
        .select({ id: cases.id })
        .from(cases)
        .where(eq(cases.id, caseId));
      if (found === undefined)
        scope.deny(
          {
            action: 'break_glass',
            subjectType: 'case',
            subjectId: caseId,
            details: { reason: 'not_found' },
          },
          as,
        );
      const expiresAt = new Date(scope.now.getTime() + BREAK_GLASS_MS);
      await scope.tx.insert(breakGlassGrants).values({
        id: randomUUID(),
        caseId,
        userId: principal.userId,
        reason,
        grantedAt: scope.now,
        expiresAt,
      });
      const coordinators = await scope.tx
        .select({ userId: caseMembers.userId })
        .from(caseMembers)
        .where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.caseRole, 'coordinator')));
      if (coordinators.length > 0) {
        await scope.tx.insert(notifications).values(
          coordinators.map((c) => ({
            id: randomUUID(),
            userId: c.userId,
            kind: 'break_glass',
            params: JSON.stringify({
              caseId,
              by: principal.displayName,
              reason,
              expiresAt: expiresAt.toISOString(),
            }),
            createdAt: scope.now,
          })),
        );
      }
      await scope.audit(
        {
          action: 'break_glass',
          outcome: 'success',
          subjectType: 'case',
          subjectId: caseId,
          caseId,
          details: { reason, expiresAt: expiresAt.toISOString() },
        },
        as,
      );
      return { expiresAt: expiresAt.toISOString() };
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AccessDenied') throw notFound();
    throw error;
  }
}

export type AuditLine = {
  at: string;
  action: string;
  outcome: string;
  userName: string | null;
  role: string | null;
  organizationId: string | null;
  purpose: string | null;
  details: Record<string, unknown>;
};

/** "Who looked at this file": for the case coordinator; reading it is itself audited. */
export async function readCaseAudit(ctx: AccessContext, caseId: string): Promise<AuditLine[]> {
  return withCase(ctx, 'audit', async (scope, principal) => {
    const { as } = await authorize(scope, principal, caseId, 'read_audit', 'read_audit');
    const found = await scope.tx
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.caseId, caseId))
      .orderBy(desc(auditEvents.id))
      .limit(500);
    await scope.audit(
      {
        action: 'read_audit',
        outcome: 'success',
        subjectType: 'audit_trail',
        subjectId: caseId,
        caseId,
      },
      as,
    );
    return found.map((e) => ({
      at: e.occurredAt.toISOString(),
      action: e.action,
      outcome: e.outcome,
      userName: e.userName,
      role: e.role,
      organizationId: e.organizationId,
      purpose: e.purpose,
      details: e.details,
    }));
  });
}

/** Figures without family data, for network coordinators and administrators. */
export async function caseloadFigures(
  ctx: AccessContext,
): Promise<{ open: number; closed: number; breakGlassLast30Days: number }> {
  const principal = requirePrincipal(ctx);
  const as = membershipWith(principal, 'aggregate.read');
  if (as === undefined)
    throw new AppError('forbidden', 'Your role does not give access to figures.');
  return ctx.transaction('reporting', async (scope) => {
    const [row] = await scope.tx
      .select({
        open: sql<number>`count(*) FILTER (WHERE ${cases.status} = 'open')::int`,
        closed: sql<number>`count(*) FILTER (WHERE ${cases.status} = 'closed')::int`,
      })
      .from(cases);
    const [glass] = await scope.tx
      .select({ n: sql<number>`count(*)::int` })
      .from(breakGlassGrants)
      .where(gt(breakGlassGrants.grantedAt, new Date(scope.now.getTime() - 30 * 24 * 3600 * 1000)));
    await scope.audit(
      {
        action: 'read',
        outcome: 'success',
        subjectType: 'case',
        details: { aggregate: 'caseload' },
      },
      as,
    );
    return { open: row?.open ?? 0, closed: row?.closed ?? 0, breakGlassLast30Days: glass?.n ?? 0 };
  });
}

/**
 * Hand-over: the case coordinator passes the case to another case coordinator of the same
 * organisation, explicitly. The new one becomes the one contact person of the referral; the
 * referrer and the new coordinator are told; the trail names both.
 */
export async function handOverCase(
  ctx: AccessContext,
  caseId: string,
  toUserId: string,
): Promise<CaseView> {
  return withCase(ctx, 'coordination', async (scope, principal) => {
    const { found, as } = await authorize(scope, principal, caseId, 'share', 'update');
    const [target] = await scope.tx
      .select({ id: users.id, displayName: users.displayName })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.userId, toUserId),
          eq(memberships.organizationId, found.organizationId),
          eq(memberships.role, 'case_coordinator'),
          eq(users.status, 'active'),
        ),
      );
    if (target === undefined)
      throw new AppError(
        'invalid_input',
        'Hand the case over to an active case coordinator of the same organisation.',
        'toUserId',
      );
    if (target.id === principal.userId)
      throw new AppError('conflict', 'You are the coordinator of this case already.', 'toUserId');
    await scope.tx
      .update(caseMembers)
      .set({ caseRole: 'member' })
      .where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.userId, principal.userId)));
    await scope.tx
      .insert(caseMembers)
      .values({
        caseId,
        userId: target.id,
        organizationId: found.organizationId,
        caseRole: 'coordinator',
        addedAt: scope.now,
      })
      .onConflictDoUpdate({
        target: [caseMembers.caseId, caseMembers.userId],
        set: { caseRole: 'coordinator' },
      });
    const moved = await scope.tx
      .update(referrals)
      .set({ assignedUserId: target.id, updatedAt: scope.now })
      .where(eq(referrals.caseId, caseId))
      .returning({ referrerUserId: referrals.referrerUserId });
    const told = [target.id, ...moved.map((r) => r.referrerUserId)];
    await scope.tx.insert(notifications).values(
      [...new Set(told)].map((userId) => ({
        id: randomUUID(),
        userId,
        kind: 'case_handover',
        params: JSON.stringify({ caseId, from: principal.displayName, to: target.displayName }),
        createdAt: scope.now,
      })),
    );
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'case',
        subjectId: caseId,
        caseId,
        details: { handover: { from: principal.userId, to: target.id } },
      },
      as,
    );
    return caseView(scope.tx, found, 'case_team', principal);
  });
}
