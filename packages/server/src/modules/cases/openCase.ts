/**
 * Opening a case: a family, its case held by the coordinator's organisation, and the coordinator as
 * the one contact person. The one way a case comes to exist, whether a coordinator opens it or
 * accepts a referral; it runs in the caller's guarded transaction.
 */
import type { Db } from '../../platform/db/database.ts';
import type { CaseRow } from '../../kernel/guards/caseGuard.ts';
import { insertCase } from './queries.ts';

export type NewCase = {
  familyLabel: string;
  postalCode: string | null;
  title: string;
  concern: string;
  restricted: Partial<Record<'addiction' | 'violence', string>>;
  organizationId: string;
};

export function openCase(
  tx: Db,
  input: NewCase,
  coordinatorUserId: string,
  now: Date,
): Promise<CaseRow> {
  return insertCase(tx, { ...input, coordinatorUserId }, now);
}
