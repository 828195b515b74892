/**
 * When no one in Omringd can receive a referral, the referrer uses the service's own route (a
 * phone call, an e-mail, "aanmelding via MaPa") and records it here: the referral is kept as sent
 * outside Omringd, never dropped, and the referrer is reminded to follow it up.
 */
import { dueAt, type ExternalRoute, type ReferralView } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withReferral } from '../../kernel/guards/referralGuard.ts';
import { addMessage } from './queries.ts';
import { markAsSent } from './markAsSent.ts';
import { reachOf } from './reach.ts';
import { programmeOf, view } from './view.ts';

/** How long before the referrer is asked whether the service took the family up. */
export const EXTERNAL_FOLLOW_UP = { kind: 'calendar_days', days: 7 } as const;

export async function sendExternally(
  ctx: AccessContext,
  id: string,
  route: Pick<ExternalRoute, 'kind' | 'value' | 'note'>,
): Promise<ReferralView> {
  return withReferral(
    ctx,
    { referralId: id, action: 'send', audit: 'update', purpose: 'care' },
    async (r) => {
      const programme = await programmeOf(r.tx, r.row);
      const reach = await reachOf(r.tx, r.row, programme, r.now);
      if (reach.receivable)
        throw new AppError(
          'conflict',
          `${reach.organizationName} receives referrals in Omringd: send it here, so its intake sees it at once.`,
        ).because('can_receive');
      const externalRoute: ExternalRoute = {
        ...route,
        at: r.now.toISOString(),
        by: r.principal.displayName,
      };
      const sent = await markAsSent(
        r.tx,
        id,
        { routedTo: 'external', externalRoute, followUpAt: dueAt(r.now, EXTERNAL_FOLLOW_UP) },
        r.principal.userId,
        r.now,
      );
      if (route.note !== '')
        await addMessage(
          r.tx,
          {
            referralId: id,
            byUserId: r.principal.userId,
            byName: r.principal.displayName,
            side: 'referrer',
            body: route.note,
          },
          r.now,
        );
      r.note({ status: 'requested', routedTo: 'external', route: route.kind });
      return view(r.tx, sent, r.now, r.principal);
    },
  );
}
