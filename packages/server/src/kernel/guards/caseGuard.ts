/**
 * The guard of a case: gathers the user's relationship, asks the core for the decision and hands
 * the operation a scope bound to the one authorised case. The audit row is the kernel's: success
 * with the basis of access, or the denial with its reason. A case the user may not see answers
 * exactly like a case that does not exist (404).
 */
import {
  decideCaseAccess,
  opensFamilyData,
  type AuditAction,
  type CaseAccessBasis,
  type CaseAction,
  type Purpose,
  type Role,
} from '@omringd/core';
import type { AccessContext, ReadScope, Scope } from '../accessContext.ts';
import type { Membership, Principal } from '../principal.ts';
import { gatherCases, type CaseRow, type GatheredCase } from './caseRelationship.ts';

export type { CaseRow } from './caseRelationship.ts';

/** What an operation on one authorised case works with. */
export type CaseAccess = Scope & {
  principal: Principal;
  caseId: string;
  row: CaseRow;
  basis: CaseAccessBasis;
  /** The roles the user acts in here (held in the organisation of the relationship). */
  actingRoles: readonly Role[];
  membership: Membership | undefined;
  /** For a parent of the family: the member of the family details they are (null: not named). */
  parentMemberId: string | null;
  /** For a supporter from the network: the network person of the case they are. */
  supporterPersonId: string | null;
};

/** The membership the user acts through on this case: the team's organisation, else the owner's. */
function actingMembership(principal: Principal, gathered: GatheredCase): Membership | undefined {
  const org =
    gathered.relationship.teamMember?.organizationId ?? gathered.relationship.owningOrganizationId;
  return (
    principal.memberships.find((m) => m.organizationId === org) ??
    principal.memberships.find((m) => opensFamilyData(m.role)) ??
    principal.memberships[0]
  );
}

type CaseOn = { caseId: string; action: CaseAction; audit: AuditAction; purpose: Purpose };

const specOf = (on: CaseOn) => ({
  action: on.audit,
  subjectType: 'case' as const,
  subjectId: on.caseId,
  caseId: on.caseId,
  purpose: on.purpose,
});

/** Gathers the relationship, decides, and denies (404 when the case is not the user's to know). */
async function decide<S extends Scope>(
  ctx: AccessContext,
  scope: S,
  on: CaseOn,
  /** A read may decide from the facts gathered with the session; a change reads them anew. */
  reading = false,
): Promise<
  Omit<S, 'principal'> & Omit<CaseAccess, keyof Scope | 'principal'> & { principal: Principal }
> {
  const principal = ctx.requirePrincipal();
  scope.note({ caseAction: on.action });
  const prefetched = reading ? ctx.takeGathered(on.caseId) : undefined;
  const gathered =
    prefetched === undefined
      ? (await gatherCases(scope, principal, [on.caseId], scope.now)).get(on.caseId)
      : prefetched.found;
  if (gathered === undefined) {
    scope.about({ caseId: null });
    return scope.deny('not_found');
  }
  const membership = actingMembership(principal, gathered);
  scope.actAs(membership);
  const decision = decideCaseAccess({
    action: on.action,
    held: principal.memberships,
    relationship: gathered.relationship,
    now: scope.now,
  });
  if (!decision.allowed) return scope.deny(decision.reason);
  scope.note({ basis: decision.basis });
  return {
    ...scope,
    principal,
    caseId: on.caseId,
    row: gathered.row,
    basis: decision.basis,
    actingRoles: decision.actingRoles,
    membership,
    parentMemberId: gathered.parentMemberId,
    supporterPersonId: gathered.relationship.supporterPersonId,
  };
}

export async function withCase<T>(
  ctx: AccessContext,
  on: CaseOn,
  fn: (access: CaseAccess) => Promise<T>,
): Promise<T> {
  return ctx.audited(specOf(on), async (scope) => fn(await decide(ctx, scope, on)));
}

/** A read-only operation on one case: its last read carries the audit row (ReadScope). */
export async function readWithCase<T>(
  ctx: AccessContext,
  on: CaseOn,
  fn: (access: CaseAccess & ReadScope) => Promise<T>,
): Promise<T> {
  return ctx.auditedRead(specOf(on), async (scope) => fn(await decide(ctx, scope, on, true)));
}

/** Of these cases, those the user may take this action on, with the basis (for lists). */
export async function visibleCases(
  scope: Scope,
  principal: Principal,
  caseIds: readonly string[],
  action: CaseAction,
): Promise<Map<string, { row: CaseRow; basis: CaseAccessBasis }>> {
  const gathered = await gatherCases(scope, principal, caseIds, scope.now);
  const visible = new Map<string, { row: CaseRow; basis: CaseAccessBasis }>();
  for (const [id, g] of gathered) {
    const decision = decideCaseAccess({
      action,
      held: principal.memberships,
      relationship: g.relationship,
      now: scope.now,
    });
    if (decision.allowed) visible.set(id, { row: g.row, basis: decision.basis });
  }
  return visible;
}
