/**
 * The one step from draft to sent, however it is sent (in Omringd or by the service's own route):
 * only from a draft (a second send at the same moment loses), with the event on its history.
 */
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { ReferralRow } from '../../kernel/guards/referralGuard.ts';
import { markSent, recordEvent } from './queries.ts';

export async function markAsSent(
  tx: Db,
  id: string,
  set: Partial<ReferralRow>,
  byUserId: string,
  now: Date,
): Promise<ReferralRow> {
  const sent = await markSent(tx, id, set, now);
  if (sent === undefined)
    throw new AppError('conflict', 'This referral was sent already.').because('already_sent');
  await recordEvent(
    tx,
    { referralId: id, byUserId, fromStatus: 'draft', toStatus: 'requested' },
    now,
  );
  return sent;
}
