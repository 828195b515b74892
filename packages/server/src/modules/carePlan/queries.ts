/**
 * The versions of a case's care plan on the protected tables; each statement runs on the
 * transaction or read scope of a guard, which has decided and audits.
 */
import { and, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Evaluation, PlanChange, PlanContent } from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { instant } from '../../platform/db/instant.ts';
import {
  caseClosings,
  casePlanVersions,
  type ClosingContent,
} from '../../kernel/tables/carePlanSchema.ts';
import { cases, families, referrals } from '../../kernel/tables/caseSchema.ts';
import { organizations, services } from '../../platform/db/schema.ts';

export type PlanRow = typeof casePlanVersions.$inferSelect;

export async function latestVersion(tx: Db, caseId: string): Promise<PlanRow | undefined> {
  const [row] = await tx
    .select()
    .from(casePlanVersions)
    .where(eq(casePlanVersions.caseId, caseId))
    .orderBy(desc(casePlanVersions.number))
    .limit(1);
  return row;
}

export async function versionOf(
  tx: Db,
  caseId: string,
  number: number,
): Promise<PlanRow | undefined> {
  const [row] = await tx
    .select()
    .from(casePlanVersions)
    .where(and(eq(casePlanVersions.caseId, caseId), eq(casePlanVersions.number, number)));
  return row;
}

/** Every version with its content, newest first (the FHIR exchange's versions). */
export async function allVersions(tx: Db, caseId: string): Promise<PlanRow[]> {
  return tx
    .select()
    .from(casePlanVersions)
    .where(eq(casePlanVersions.caseId, caseId))
    .orderBy(desc(casePlanVersions.number));
}

/** Every version, newest first, without the content. */
export async function versionList(tx: Db, caseId: string) {
  return tx
    .select({
      number: casePlanVersions.number,
      change: casePlanVersions.change,
      createdAt: casePlanVersions.createdAt,
      createdBy: casePlanVersions.createdByName,
    })
    .from(casePlanVersions)
    .where(eq(casePlanVersions.caseId, caseId))
    .orderBy(desc(casePlanVersions.number));
}

export type EvaluationAnchor = { firstAt: Date; lastHeldOn: string | null };

/** Per case: when its plan began, and the date of its last evaluation (one statement). */
export async function evaluationAnchors(
  tx: Db,
  caseIds: string[],
): Promise<Map<string, EvaluationAnchor>> {
  if (caseIds.length === 0) return new Map();
  const rows = await tx
    .select({
      caseId: casePlanVersions.caseId,
      firstAt: sql<string>`min(${casePlanVersions.createdAt})`,
      lastHeldOn: sql<
        string | null
      >`max(${casePlanVersions.evaluation} ->> 'heldOn') FILTER (WHERE ${casePlanVersions.evaluation} IS NOT NULL)`,
    })
    .from(casePlanVersions)
    .where(inArray(casePlanVersions.caseId, caseIds))
    .groupBy(casePlanVersions.caseId);
  return new Map(
    rows.map((r) => [r.caseId, { firstAt: instant(r.firstAt), lastHeldOn: r.lastHeldOn }]),
  );
}

/**
 * Stores version `number` of the plan; answers undefined when that number exists already (two
 * saves of one version: the key lets one in).
 */
export async function insertVersion(
  tx: Db,
  version: {
    caseId: string;
    number: number;
    content: PlanContent;
    change: PlanChange;
    evaluation: Evaluation | null;
  },
  now: Date,
  by: { userId: string; name: string },
): Promise<PlanRow | undefined> {
  const [row] = await tx
    .insert(casePlanVersions)
    .values({
      ...version,
      createdAt: now,
      createdBy: by.userId,
      createdByName: by.name,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

/**
 * The newest version of each open case's plan: of the cases named, or of all open cases (the
 * evaluation sweep's candidates).
 */
export async function latestPlans(tx: Db, caseIds?: string[]): Promise<PlanRow[]> {
  if (caseIds?.length === 0) return [];
  return tx
    .select(getTableColumns(casePlanVersions))
    .from(casePlanVersions)
    .innerJoin(cases, eq(cases.id, casePlanVersions.caseId))
    .where(
      and(
        eq(cases.status, 'open'),
        caseIds === undefined ? undefined : inArray(casePlanVersions.caseId, caseIds),
        sql`${casePlanVersions.number} = (SELECT max(p.number) FROM case_plan_versions p WHERE p.case_id = ${casePlanVersions.caseId})`,
      ),
    );
}

/** Per case: the programmes (key and version) of the referrals it came from (one statement). */
export async function programmesOfCases(
  tx: Db,
  caseIds: string[],
): Promise<Map<string, { key: string; version: number }[]>> {
  if (caseIds.length === 0) return new Map();
  const rows = await tx
    .selectDistinct({
      caseId: referrals.caseId,
      key: referrals.programmeKey,
      version: referrals.programmeVersion,
    })
    .from(referrals)
    .where(inArray(referrals.caseId, caseIds));
  const found = new Map<string, { key: string; version: number }[]>();
  for (const r of rows) {
    if (r.caseId === null || r.key === null || r.version === null) continue;
    found.set(r.caseId, [...(found.get(r.caseId) ?? []), { key: r.key, version: r.version }]);
  }
  return found;
}

/** How the case names the family (its label), for the family's own papers. */
export async function familyLabelOf(tx: Db, familyId: string): Promise<string> {
  const [row] = await tx
    .select({ label: families.label })
    .from(families)
    .where(eq(families.id, familyId));
  return row?.label ?? '';
}

export type ClosingRow = typeof caseClosings.$inferSelect;

export async function closingOf(tx: Db, caseId: string): Promise<ClosingRow | undefined> {
  const [row] = await tx.select().from(caseClosings).where(eq(caseClosings.caseId, caseId));
  return row;
}

/** Closes the case once: the closing row (its key is the case) and the case's status. */
export async function insertClosing(
  tx: Db,
  closing: { caseId: string; content: ClosingContent; keptUntil: string; retentionYears: number },
  now: Date,
  by: { userId: string; name: string },
): Promise<ClosingRow | undefined> {
  const [row] = await tx
    .insert(caseClosings)
    .values({ ...closing, closedAt: now, closedBy: by.userId, closedByName: by.name })
    .onConflictDoNothing()
    .returning();
  if (row !== undefined)
    await tx
      .update(cases)
      .set({ status: 'closed', updatedAt: now })
      .where(eq(cases.id, closing.caseId));
  return row;
}

/** Services of the social map a family is handed over to: name (with provider) and a phone. */
export async function serviceContacts(
  tx: Db,
  ids: string[],
): Promise<Map<string, { name: string; phone: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      id: services.id,
      name: services.name,
      organization: organizations.name,
      phone: sql<
        string | null
      >`(SELECT p.number FROM phones p WHERE p.service_id = ${services.id} OR (p.service_id IS NULL AND p.organization_id = ${services.organizationId}) ORDER BY p.service_id NULLS LAST, p.position LIMIT 1)`,
    })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(inArray(services.id, ids));
  return new Map(
    rows.map((r) => [r.id, { name: `${r.name} (${r.organization})`, phone: r.phone ?? '' }]),
  );
}
