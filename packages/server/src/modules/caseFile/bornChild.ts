/**
 * Whether a case's family has a child born, as its case file says (a birth recorded after the
 * referral). Read on the transaction of another capability's guard on that case.
 */
import { familyHasBornChild } from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { familyOfCase } from './queries/family.ts';

export async function caseHasBornChild(tx: Db, caseId: string): Promise<boolean> {
  const row = await familyOfCase(tx, caseId);
  return row !== undefined && familyHasBornChild(row.details.members);
}
