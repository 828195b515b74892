/**
 * The family entered once: a case opened from a referral starts from what the referral says of
 * the family (on the transaction of the acceptance, which the referral's guard audits).
 */
import { familyFromReferral, type ReferralDraft } from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { insertFamily } from './queries.ts';

export async function startFamily(
  tx: Db,
  familyId: string,
  referralFamily: ReferralDraft['family'],
  now: Date,
  by: string,
): Promise<void> {
  await insertFamily(tx, familyId, familyFromReferral(referralFamily), now, by);
}
