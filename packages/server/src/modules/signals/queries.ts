/**
 * Signals on the protected table; each statement runs on the transaction or read scope of a
 * guard, which has decided and audits. The report's statement counts, it never reads a text.
 */
import { and, asc, count, eq, gte, lte } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { caseSignals } from '../../kernel/tables/waitingSchema.ts';

export type SignalRow = typeof caseSignals.$inferSelect;

export async function signalsOfCase(tx: Db, caseId: string): Promise<SignalRow[]> {
  return tx
    .select()
    .from(caseSignals)
    .where(eq(caseSignals.caseId, caseId))
    .orderBy(asc(caseSignals.recordedOn), asc(caseSignals.createdAt));
}

export async function insertSignal(tx: Db, row: Omit<SignalRow, 'id'>): Promise<void> {
  await tx.insert(caseSignals).values({ ...row, id: randomUUID() });
}

/** How many signals per category and region were recorded in the period. */
export async function signalCounts(
  tx: Db,
  from: string,
  to: string,
): Promise<{ category: string; region: string; count: number }[]> {
  return tx
    .select({ category: caseSignals.category, region: caseSignals.region, count: count() })
    .from(caseSignals)
    .where(and(gte(caseSignals.recordedOn, from), lte(caseSignals.recordedOn, to)))
    .groupBy(caseSignals.category, caseSignals.region);
}
