/** A message to the other side of a sent referral: kept in the thread, the other side told. */
import type { ReferralView } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withReferral } from '../../kernel/guards/referralGuard.ts';
import { noticeOnce, receiversOf } from '../notifications/index.ts';
import { addMessage } from './queries.ts';
import { view } from './view.ts';

export const MESSAGE_MAX = 5000;

export async function postMessage(
  ctx: AccessContext,
  id: string,
  text: string,
): Promise<ReferralView> {
  return withReferral(
    ctx,
    { referralId: id, action: 'read', audit: 'create', purpose: 'coordination' },
    async (r) => {
      if (r.row.status === 'draft')
        throw new AppError(
          'conflict',
          'A message goes to the other side once the referral is sent. Write it in the referral itself.',
        ).because('wrong_status');
      const side = r.rel.isReferrer ? 'referrer' : 'receiver';
      await addMessage(
        r.tx,
        {
          referralId: id,
          byUserId: r.principal.userId,
          byName: r.principal.displayName,
          side,
          body: text,
        },
        r.now,
      );
      const others =
        side === 'receiver'
          ? [r.row.referrerUserId]
          : r.row.assignedUserId === null
            ? await receiversOf(r.tx, r.row)
            : [r.row.assignedUserId];
      await noticeOnce(
        r.tx,
        others.filter((u) => u !== r.principal.userId),
        `referral-message:${id}:${r.now.toISOString()}`,
        'referral_message',
        { referralId: id, by: r.principal.displayName },
        r.now,
      );
      r.note({ message: true, side });
      return view(r.tx, r.row, r.now, r.principal);
    },
  );
}
