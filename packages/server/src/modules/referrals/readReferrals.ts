/** Reading one referral, my referrals, the intake inbox, and the search behind the FHIR facade. */
import { mayActOnReferral, receivesWarmReferrals, type ReferralView } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { relationTo, withReferral } from '../../kernel/guards/referralGuard.ts';
import { withRight, withSignedIn } from '../../kernel/guards/rightGuard.ts';
import { membershipWith } from '../../kernel/principal.ts';
import { receivedBy, referralsAround, referralsOfReferrer } from './queries.ts';
import { view, viewsOf } from './view.ts';

export async function readReferral(ctx: AccessContext, id: string): Promise<ReferralView> {
  return withReferral(
    ctx,
    { referralId: id, action: 'read', audit: 'read', purpose: 'care' },
    (r) => view(r.tx, r.row, r.now, r.principal),
  );
}

export async function listMyReferrals(ctx: AccessContext): Promise<ReferralView[]> {
  return withSignedIn(
    ctx,
    { audit: 'search', subjectType: 'referral', purpose: 'care' },
    async (s) => {
      s.actAs(membershipWith(s.principal, 'referral.create'));
      const rows = await referralsOfReferrer(s.tx, s.principal.userId, 200);
      s.note({ scope: 'mine', count: rows.length });
      return viewsOf(s.tx, rows, s.now, s.principal);
    },
  );
}

/** The intake inbox: referrals received by my organisations, newest first, with deadlines. */
export async function intakeInbox(ctx: AccessContext): Promise<ReferralView[]> {
  return withRight(
    ctx,
    {
      right: 'referral.create',
      refusal: 'Only coordinators on intake see incoming referrals.',
      audit: 'search',
      subjectType: 'referral',
      purpose: 'coordination',
    },
    async (a) => {
      const organizationIds = [
        ...new Set(
          a.principal.memberships
            .filter((m) => receivesWarmReferrals(m.role))
            .map((m) => m.organizationId),
        ),
      ];
      if (organizationIds.length === 0)
        throw new AppError('forbidden', 'Only coordinators on intake see incoming referrals.');
      a.actAs(membershipWith(a.principal, 'intake.read') ?? a.membership);
      const rows = await receivedBy(a.tx, organizationIds, 200);
      const visible = rows.filter((r) => relationTo(a.principal, r).isReceiver);
      a.note({ scope: 'inbox', count: visible.length, referralIds: visible.map((r) => r.id) });
      return viewsOf(a.tx, visible, a.now, a.principal);
    },
  );
}

export type ReferralFilter = {
  status?: string[] | undefined;
  /** Only those assigned to this user (the Task owner). */
  assignedUserId?: string | undefined;
  updatedSince?: Date | undefined;
};

/** Referrals I sent or my organisations received (not drafts of others), for the FHIR search. */
export async function searchReferrals(
  ctx: AccessContext,
  filter: ReferralFilter,
): Promise<ReferralView[]> {
  return withSignedIn(
    ctx,
    { audit: 'search', subjectType: 'referral', purpose: 'care' },
    async (s) => {
      s.actAs(membershipWith(s.principal, 'referral.create') ?? s.principal.memberships[0]);
      const candidates = await referralsAround(
        s.tx,
        s.principal.userId,
        s.principal.memberships.map((m) => m.organizationId),
        500,
      );
      const visible = candidates.filter(
        (r) =>
          mayActOnReferral('read', relationTo(s.principal, r)) &&
          (filter.status === undefined || filter.status.includes(r.status)) &&
          (filter.assignedUserId === undefined || r.assignedUserId === filter.assignedUserId) &&
          (filter.updatedSince === undefined || r.updatedAt >= filter.updatedSince),
      );
      s.note({
        scope: 'fhir',
        count: visible.length,
        filter: {
          status: filter.status ?? null,
          owner: filter.assignedUserId ?? null,
          since: filter.updatedSince?.toISOString() ?? null,
        },
      });
      return viewsOf(s.tx, visible, s.now, s.principal);
    },
  );
}
