/**
 * What the task list reads of the protected tables, for the cases its guard has decided on: the
 * cases a user coordinates, and their referrals' moments and programmes.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import {
  caseMembers,
  cases,
  families,
  referralEvents,
  referrals,
} from '../../kernel/tables/caseSchema.ts';

/** The open cases the user is the contact person of, with the family's label. */
export async function coordinatedCases(
  tx: Db,
  userId: string,
): Promise<{ id: string; familyLabel: string }[]> {
  return tx
    .select({ id: cases.id, familyLabel: families.label })
    .from(caseMembers)
    .innerJoin(cases, eq(cases.id, caseMembers.caseId))
    .innerJoin(families, eq(families.id, cases.familyId))
    .where(
      and(
        eq(caseMembers.userId, userId),
        eq(caseMembers.caseRole, 'coordinator'),
        eq(cases.status, 'open'),
      ),
    )
    .limit(1000);
}

/** The referrals the cases came from: programme, when accepted, the care-table moments. */
export async function referralsOfCases(tx: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return tx
    .select({
      caseId: referrals.caseId,
      programmeKey: referrals.programmeKey,
      programmeVersion: referrals.programmeVersion,
      careTableAgreedAt: referrals.careTableAgreedAt,
      careTableHeldAt: referrals.careTableHeldAt,
      acceptedAt: referralEvents.at,
    })
    .from(referrals)
    .leftJoin(
      referralEvents,
      and(eq(referralEvents.referralId, referrals.id), eq(referralEvents.toStatus, 'accepted')),
    )
    .where(inArray(referrals.caseId, caseIds));
}
