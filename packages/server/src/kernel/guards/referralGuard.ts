/**
 * The guard of a referral: the user's relation to it (referrer, receiving side), the lifecycle's
 * answer (core), and the scope bound to the one authorised referral. A user without a relation
 * gets a 404; one who can see the referral hears why a step is not possible now (409). The kernel
 * writes the audit row either way.
 */
import {
  mayActOnReferral,
  receivesWarmReferrals,
  takesIntake,
  type AuditAction,
  type Purpose,
  type ReferralAction,
} from '@omringd/core';
import { eq } from 'drizzle-orm';
import { referrals } from '../tables/caseSchema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext, Scope } from '../accessContext.ts';
import { membershipWith, type Membership, type Principal } from '../principal.ts';

export type ReferralRow = typeof referrals.$inferSelect;

/** Receiving side: a coordinator (programme) or also reception staff (a service) of that organisation. */
export function receivingMembership(
  principal: Principal,
  row: Pick<ReferralRow, 'receivingOrganizationId' | 'serviceId'>,
): Membership | undefined {
  return principal.memberships.find(
    (m) =>
      m.organizationId === row.receivingOrganizationId &&
      (row.serviceId === null ? takesIntake(m.role) : receivesWarmReferrals(m.role)),
  );
}

export type ReferralRelation = {
  isReferrer: boolean;
  isReceiver: boolean;
  receiver: Membership | undefined;
  status: string;
};

export function relationTo(principal: Principal, row: ReferralRow): ReferralRelation {
  const receiver = receivingMembership(principal, row);
  return {
    isReferrer: row.referrerUserId === principal.userId || row.registeredBy === principal.userId,
    isReceiver: receiver !== undefined,
    receiver,
    status: row.status,
  };
}

export type ReferralAccess = Scope & {
  principal: Principal;
  row: ReferralRow;
  rel: ReferralRelation;
  membership: Membership | undefined;
};

export async function withReferral<T>(
  ctx: AccessContext,
  on: {
    referralId: string;
    /** The step, or how to tell it from the user's relation (e.g. decide or withdraw). */
    action: ReferralAction | ((rel: ReferralRelation) => ReferralAction);
    audit: AuditAction;
    purpose: Purpose;
  },
  fn: (access: ReferralAccess) => Promise<T>,
): Promise<T> {
  return ctx.audited(
    { action: on.audit, subjectType: 'referral', subjectId: on.referralId, purpose: on.purpose },
    async (scope) => {
      const principal = ctx.requirePrincipal();
      const [row] = await scope.tx.select().from(referrals).where(eq(referrals.id, on.referralId));
      if (row === undefined) return scope.deny('not_found');
      const rel = relationTo(principal, row);
      const action = typeof on.action === 'function' ? on.action(rel) : on.action;
      const membership = rel.receiver ?? membershipWith(principal, 'referral.create');
      scope.actAs(membership);
      scope.about({ caseId: row.caseId });
      scope.note({ referralAction: action });
      if (!mayActOnReferral(action, rel))
        return scope.deny(
          rel.isReferrer || rel.isReceiver ? 'action_not_allowed' : 'no_relationship',
          // Someone who may see the referral learns why the step is not possible, not "not found".
          mayActOnReferral('read', rel) ? notNow(action, rel) : undefined,
        );
      return fn({ ...scope, principal, row, rel, membership });
    },
  );
}

/** Why a step on a referral the user can see is not possible: not now, or not for them. */
function notNow(action: ReferralAction, rel: ReferralRelation): AppError {
  switch (action) {
    case 'edit_draft':
    case 'send':
      return new AppError(
        'conflict',
        rel.isReferrer
          ? `This referral has already been sent (status: ${rel.status}) and can no longer be changed. Follow it under "My referrals", or give new information to the contact person.`
          : 'Only the referrer changes or sends a referral. Ask the referrer, or write your information in the feedback.',
      ).because(rel.isReferrer ? 'already_sent' : 'not_your_referral');
    case 'decide':
    case 'prosecutor':
      return new AppError(
        'conflict',
        'Only the coordinators of the receiving organisation take this step. Ask the contact person.',
      ).because('receiver_only');
    case 'read':
    case 'withdraw':
      return new AppError(
        'conflict',
        `This step is not possible while the referral has status "${rel.status}". Reload the page to see its current status.`,
      ).because('wrong_status');
  }
}
