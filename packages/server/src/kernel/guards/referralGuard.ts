/**
 * Who may do what with one referral: the relation of the user to it (referrer, receiving side),
 * the lifecycle's answer, and the denial that follows. A user without a relation gets a 404; one
 * who can see the referral hears why a step is not possible now.
 */
import { mayActOnReferral, rightsOf, type ReferralAction } from '@omringd/core';
import { eq } from 'drizzle-orm';
import { referrals } from '../tables/caseSchema.ts';
import { AppError } from '../../platform/errors.ts';
import { AccessDenied, type AccessContext, type Scope } from '../accessContext.ts';
import { membershipWith, type Membership, type Principal } from '../principal.ts';

export type Row = typeof referrals.$inferSelect;

export const notFound = () =>
  new AppError('not_found', 'There is no referral with this id, or you have no access to it.');

export function signedIn(ctx: AccessContext): Principal {
  if (ctx.principal === null) throw new AppError('unauthenticated', 'Sign in first.');
  return ctx.principal;
}

/** Receiving side: a coordinator (programme) or also reception staff (a service) of that organisation. */
export function receivingMembership(
  principal: Principal,
  row: Pick<Row, 'receivingOrganizationId' | 'serviceId'>,
): Membership | undefined {
  return principal.memberships.find(
    (m) =>
      m.organizationId === row.receivingOrganizationId &&
      (rightsOf([m.role]).has('intake.read') || (row.serviceId !== null && m.role === 'reception')),
  );
}

export function relation(principal: Principal, row: Row) {
  const receiver = receivingMembership(principal, row);
  return {
    isReferrer: row.referrerUserId === principal.userId || row.registeredBy === principal.userId,
    isReceiver: receiver !== undefined,
    receiver,
    status: row.status,
  };
}

export async function authorized(
  scope: Scope,
  principal: Principal,
  id: string,
  action: ReferralAction,
  audit: 'read' | 'update',
): Promise<{ row: Row; as: Membership | undefined; rel: ReturnType<typeof relation> }> {
  const [row] = await scope.tx.select().from(referrals).where(eq(referrals.id, id));
  if (row === undefined)
    scope.deny({
      action: audit,
      subjectType: 'referral',
      subjectId: id,
      details: { reason: 'not_found' },
    });
  const rel = relation(principal, row);
  const as = rel.receiver ?? membershipWith(principal, 'referral.create');
  if (!mayActOnReferral(action, rel))
    scope.deny(
      {
        action: audit,
        subjectType: 'referral',
        subjectId: id,
        caseId: row.caseId,
        details: {
          reason: rel.isReferrer || rel.isReceiver ? 'action_not_allowed' : 'no_relationship',
          referralAction: action,
        },
      },
      as,
      // Someone who may see the referral learns why the step is not possible, not "not found".
      mayActOnReferral('read', rel) ? notNow(action, rel) : undefined,
    );
  return { row, as, rel };
}

export async function withReferral<T>(
  ctx: AccessContext,
  purpose: 'care' | 'coordination',
  fn: (scope: Scope, principal: Principal) => Promise<T>,
): Promise<T> {
  const principal = signedIn(ctx);
  try {
    return await ctx.transaction(purpose, (scope) => fn(scope, principal));
  } catch (error) {
    if (error instanceof AccessDenied) throw error.answer ?? notFound();
    throw error;
  }
}

/** Why a step on a referral the user can see is not possible: not now, or not for them. */
function notNow(action: ReferralAction, rel: ReturnType<typeof relation>): AppError {
  switch (action) {
    case 'edit_draft':
    case 'send':
      return new AppError(
        'conflict',
        rel.isReferrer
          ? `This referral has already been sent (status: ${rel.status}) and can no longer be changed. Follow it under "My referrals", or give new information to the contact person.`
          : 'Only the referrer changes or sends a referral. Ask the referrer, or write your information in the feedback.',
      );
    case 'decide':
    case 'prosecutor':
      return new AppError(
        'conflict',
        'Only the coordinators of the receiving organisation take this step. Ask the contact person.',
      );
    case 'read':
    case 'withdraw':
      return new AppError(
        'conflict',
        `This step is not possible while the referral has status "${rel.status}". Reload the page to see its current status.`,
      );
  }
}
