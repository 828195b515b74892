/**
 * The case file entered once: a case opened from a referral starts from what the referral says
 * of the family, and its network starts with the referrer (the family not asked yet about
 * involving them). Runs on the transaction of the acceptance, which the referral's guard audits.
 */
import {
  familyFromReferral,
  networkFromReferrer,
  type ExternalReferrer,
  type ReferralDraft,
} from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { insertFamily, referrerContact } from './queries/family.ts';
import { insertPart } from './queries/parts.ts';

export async function startFamily(
  tx: Db,
  opened: { familyId: string; caseId: string },
  referral: {
    family: ReferralDraft['family'];
    referrerUserId: string | null;
    referrerOrganizationId: string | null;
    externalReferrer: ExternalReferrer | null;
  },
  now: Date,
  by: string,
): Promise<void> {
  await insertFamily(tx, opened.familyId, familyFromReferral(referral.family), now, by);
  const referrer =
    referral.externalReferrer ??
    (referral.referrerUserId === null
      ? null
      : await referrerContact(tx, referral.referrerUserId, referral.referrerOrganizationId));
  if (referrer !== null)
    await insertPart(tx, opened.caseId, 'network', networkFromReferrer(referrer), now, by);
}
