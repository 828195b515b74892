/**
 * The backpack budgets, their ledger and the funds on the protected tables; each statement runs on
 * the transaction or read scope of a guard, which has decided and audits.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import {
  budgetEntries,
  budgetExtensions,
  budgetFunds,
  caseBudgets,
} from '../../kernel/tables/budgetSchema.ts';
import { cases } from '../../kernel/tables/caseSchema.ts';
import { organizations, services } from '../../platform/db/schema.ts';

export type BudgetRow = typeof caseBudgets.$inferSelect;
export type EntryRow = typeof budgetEntries.$inferSelect;
export type ExtensionRow = typeof budgetExtensions.$inferSelect;
export type FundRow = typeof budgetFunds.$inferSelect;
type By = { userId: string; name: string };

export async function budgetOf(tx: Db, caseId: string): Promise<BudgetRow | undefined> {
  const [row] = await tx.select().from(caseBudgets).where(eq(caseBudgets.caseId, caseId));
  return row;
}

/**
 * The budget row, locked until the transaction ends: every entry of one case is written after
 * this, so two coordinators spending at once go one after the other and each sees the other's
 * entry. (The embedded database has one writer and needs no lock.)
 */
export async function lockBudget(tx: Db, caseId: string): Promise<BudgetRow | undefined> {
  const [row] = await tx
    .select()
    .from(caseBudgets)
    .where(eq(caseBudgets.caseId, caseId))
    .for('update');
  return row;
}

/** The fund row, locked: budgets of different cases drawing on one fund go one at a time. */
export async function lockFund(tx: Db, fundId: string): Promise<FundRow | undefined> {
  const [row] = await tx.select().from(budgetFunds).where(eq(budgetFunds.id, fundId)).for('update');
  return row;
}

export async function insertBudget(
  tx: Db,
  budget: Omit<BudgetRow, 'createdAt' | 'createdBy' | 'createdByName'>,
  now: Date,
  by: By,
): Promise<BudgetRow | undefined> {
  const [row] = await tx
    .insert(caseBudgets)
    .values({ ...budget, createdAt: now, createdBy: by.userId, createdByName: by.name })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function setBudgetEnd(tx: Db, caseId: string, endsOn: string): Promise<void> {
  await tx.update(caseBudgets).set({ endsOn }).where(eq(caseBudgets.caseId, caseId));
}

export async function entriesOfCase(tx: Db, caseId: string): Promise<EntryRow[]> {
  return tx
    .select()
    .from(budgetEntries)
    .where(eq(budgetEntries.caseId, caseId))
    .orderBy(asc(budgetEntries.position));
}

/**
 * What the fund's case budgets committed together (commitments not reversed), and what was spent
 * on its structural offer: one statement.
 */
export async function fundTotals(
  tx: Db,
  fundIds: string[],
): Promise<Map<string, { backpack: number; structural: number }>> {
  if (fundIds.length === 0) return new Map();
  const rows = await tx
    .select({
      fundId: budgetEntries.fundId,
      backpack: sql<string>`coalesce(sum(${budgetEntries.amountCents}) FILTER (WHERE ${budgetEntries.caseId} IS NOT NULL), 0)`,
      structural: sql<string>`coalesce(sum(${budgetEntries.amountCents}) FILTER (WHERE ${budgetEntries.caseId} IS NULL), 0)`,
    })
    .from(budgetEntries)
    .where(
      and(
        inArray(budgetEntries.fundId, fundIds),
        eq(budgetEntries.kind, 'commitment'),
        sql`NOT EXISTS (SELECT 1 FROM budget_entries r WHERE r.reverses = ${budgetEntries.id})`,
      ),
    )
    .groupBy(budgetEntries.fundId);
  return new Map(
    rows.map((r) => [r.fundId, { backpack: Number(r.backpack), structural: Number(r.structural) }]),
  );
}

export async function insertEntry(
  tx: Db,
  entry: Omit<EntryRow, 'id' | 'position' | 'createdAt' | 'createdBy' | 'createdByName'>,
  now: Date,
  by: By,
): Promise<EntryRow | undefined> {
  const [row] = await tx
    .insert(budgetEntries)
    .values({
      ...entry,
      id: randomUUID(),
      createdAt: now,
      createdBy: by.userId,
      createdByName: by.name,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function extensionOf(tx: Db, caseId: string): Promise<ExtensionRow | undefined> {
  const [row] = await tx.select().from(budgetExtensions).where(eq(budgetExtensions.caseId, caseId));
  return row;
}

/**
 * Asks for the extension: answers undefined when one was asked for already and is not refused
 * (one statement: of two requests at once, one gets in; after a refusal a new request may).
 */
export async function requestExtension(
  tx: Db,
  ask: { caseId: string; months: number; reason: string },
  now: Date,
  by: By,
): Promise<ExtensionRow | undefined> {
  const values = {
    ...ask,
    status: 'requested' as const,
    requestedAt: now,
    requestedByName: by.name,
    decidedAt: null,
    decidedByName: null,
    note: '',
  };
  const [row] = await tx
    .insert(budgetExtensions)
    .values(values)
    .onConflictDoUpdate({
      target: budgetExtensions.caseId,
      set: values,
      setWhere: eq(budgetExtensions.status, 'refused'),
    })
    .returning();
  return row;
}

/** Decides a waiting request; undefined when it is not waiting (decided meanwhile). */
export async function decideExtension(
  tx: Db,
  caseId: string,
  decision: { approved: boolean; note: string },
  now: Date,
  by: By,
): Promise<ExtensionRow | undefined> {
  const [row] = await tx
    .update(budgetExtensions)
    .set({
      status: decision.approved ? 'approved' : 'refused',
      note: decision.note,
      decidedAt: now,
      decidedByName: by.name,
    })
    .where(and(eq(budgetExtensions.caseId, caseId), eq(budgetExtensions.status, 'requested')))
    .returning();
  return row;
}

/** Requests waiting for a decision, for budgets of these programmes: figures, no family. */
export async function waitingExtensions(tx: Db, programmeKeys: string[]) {
  if (programmeKeys.length === 0) return [];
  return tx
    .select({
      caseId: caseBudgets.caseId,
      programmeKey: caseBudgets.programmeKey,
      reason: budgetExtensions.reason,
      requestedAt: budgetExtensions.requestedAt,
      requestedBy: budgetExtensions.requestedByName,
      endsOn: caseBudgets.endsOn,
      maximumCents: caseBudgets.maximumCents,
      committedCents: sql<string>`coalesce((SELECT sum(e.amount_cents) FROM budget_entries e WHERE e.case_id = ${caseBudgets.caseId} AND e.kind = 'commitment' AND NOT EXISTS (SELECT 1 FROM budget_entries r WHERE r.reverses = e.id)), 0)`,
    })
    .from(budgetExtensions)
    .innerJoin(caseBudgets, eq(caseBudgets.caseId, budgetExtensions.caseId))
    .where(
      and(
        eq(budgetExtensions.status, 'requested'),
        inArray(caseBudgets.programmeKey, programmeKeys),
      ),
    )
    .orderBy(asc(budgetExtensions.requestedAt));
}

export async function fundFor(
  tx: Db,
  programmeKey: string,
  region: string,
  year: number,
): Promise<FundRow | undefined> {
  const [row] = await tx
    .select()
    .from(budgetFunds)
    .where(
      and(
        eq(budgetFunds.programmeKey, programmeKey),
        eq(budgetFunds.region, region),
        eq(budgetFunds.year, year),
      ),
    );
  return row;
}

export async function fundById(tx: Db, id: string): Promise<FundRow | undefined> {
  const [row] = await tx.select().from(budgetFunds).where(eq(budgetFunds.id, id));
  return row;
}

export async function fundsOf(tx: Db, programmeKeys: string[]): Promise<FundRow[]> {
  if (programmeKeys.length === 0) return [];
  return tx
    .select()
    .from(budgetFunds)
    .where(inArray(budgetFunds.programmeKey, programmeKeys))
    .orderBy(asc(budgetFunds.programmeKey), asc(budgetFunds.year), asc(budgetFunds.region));
}

export async function insertFund(
  tx: Db,
  fund: Omit<FundRow, 'id' | 'createdAt' | 'createdByName'>,
  now: Date,
  byName: string,
): Promise<FundRow | undefined> {
  const [row] = await tx
    .insert(budgetFunds)
    .values({ ...fund, id: randomUUID(), createdAt: now, createdByName: byName })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** A provider of the social map by its id: its name and organisation, for the ledger line. */
export async function providerOf(
  tx: Db,
  serviceId: string,
): Promise<{ name: string; organization: string } | undefined> {
  const [row] = await tx
    .select({ name: services.name, organization: organizations.name })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(eq(services.id, serviceId));
  return row;
}

/** Structural spending of these funds (entries without a case), oldest first. */
export async function structuralEntries(tx: Db, fundIds: string[]): Promise<EntryRow[]> {
  if (fundIds.length === 0) return [];
  return tx
    .select()
    .from(budgetEntries)
    .where(and(inArray(budgetEntries.fundId, fundIds), isNull(budgetEntries.caseId)))
    .orderBy(asc(budgetEntries.position));
}

/** Open budgets of these cases ending on or before a day (the task list). */
export async function budgetsEndingBy(tx: Db, caseIds: string[], lastDay: string) {
  if (caseIds.length === 0) return [];
  return tx
    .select({
      caseId: caseBudgets.caseId,
      endsOn: caseBudgets.endsOn,
      warnDaysBefore: sql<number>`coalesce((${caseBudgets.rules} ->> 'warnDaysBefore')::int, 14)`,
    })
    .from(caseBudgets)
    .innerJoin(cases, eq(cases.id, caseBudgets.caseId))
    .where(
      and(
        inArray(caseBudgets.caseId, caseIds),
        eq(cases.status, 'open'),
        sql`${caseBudgets.endsOn} <= ${lastDay}`,
      ),
    );
}

/**
 * Every entry of these programmes' funds with its fund, for the finance report and its export:
 * no family, the case only by its id.
 */
export async function ledgerOfProgrammes(
  tx: Db,
  programmeKeys: string[],
  from: string,
  to: string,
) {
  if (programmeKeys.length === 0) return [];
  return tx
    .select({
      entry: budgetEntries,
      programmeKey: budgetFunds.programmeKey,
      region: budgetFunds.region,
      year: budgetFunds.year,
      reversedKind: sql<
        string | null
      >`(SELECT o.kind FROM budget_entries o WHERE o.id = ${budgetEntries.reverses})`,
    })
    .from(budgetEntries)
    .innerJoin(budgetFunds, eq(budgetFunds.id, budgetEntries.fundId))
    .where(
      and(
        inArray(budgetFunds.programmeKey, programmeKeys),
        sql`(${budgetEntries.createdAt} AT TIME ZONE 'Europe/Brussels')::date BETWEEN ${from}::date AND ${to}::date`,
      ),
    )
    .orderBy(asc(budgetEntries.position));
}

/** The ids of organisations by their keys (a programme names its organisation by key). */
export async function organizationIdsByKey(tx: Db, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await tx
    .select({ id: organizations.id, key: organizations.key })
    .from(organizations)
    .where(inArray(organizations.key, keys));
  return new Map(rows.map((r) => [r.key, r.id]));
}
