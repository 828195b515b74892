/**
 * Guards for operations that are not on one existing record: a right used through a membership
 * (opening a case, an administrator's change, figures), or simply being signed in (one's own
 * notices and lists). The kernel writes the one audit row, as for every guard.
 */
import type { AuditAction, AuditSubjectType, Purpose, Right } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext, ReadScope, Scope } from '../accessContext.ts';
import { membershipWith, type Membership, type Principal } from '../principal.ts';

type On = {
  audit: AuditAction;
  subjectType: AuditSubjectType;
  subjectId?: string | null;
  caseId?: string | null;
  purpose: Purpose;
};

export type SignedIn = Scope & { principal: Principal };
export type Acting = SignedIn & { membership: Membership };

export async function withSignedIn<T>(
  ctx: AccessContext,
  on: On,
  fn: (scope: SignedIn) => Promise<T>,
): Promise<T> {
  return ctx.audited({ ...on, action: on.audit }, async (scope) => {
    const principal = ctx.requirePrincipal();
    return fn({ ...scope, principal });
  });
}

/** Being signed in, for a read-only operation: its last read carries the audit row. */
export async function readSignedIn<T>(
  ctx: AccessContext,
  on: On,
  fn: (scope: SignedIn & ReadScope) => Promise<T>,
): Promise<T> {
  return ctx.auditedRead({ ...on, action: on.audit }, async (scope) => {
    const principal = ctx.requirePrincipal();
    return fn({ ...scope, principal });
  });
}

/**
 * A right held through a membership; with `organizationId`, through a membership of exactly that
 * organisation (an administrator of one organisation manages nothing in another).
 */
export async function withRight<T>(
  ctx: AccessContext,
  on: On & { right: Right; organizationId?: string; refusal: string; refusalField?: string },
  fn: (acting: Acting) => Promise<T>,
): Promise<T> {
  return ctx.audited({ ...on, action: on.audit }, async (scope) => {
    const principal = ctx.requirePrincipal();
    const membership = membershipWith(principal, on.right, on.organizationId);
    if (
      membership === undefined ||
      (on.organizationId !== undefined && membership.organizationId !== on.organizationId)
    ) {
      scope.actAs(principal.memberships[0]);
      throw new AppError('forbidden', on.refusal, on.refusalField);
    }
    scope.actAs(membership);
    return fn({ ...scope, principal, membership });
  });
}
