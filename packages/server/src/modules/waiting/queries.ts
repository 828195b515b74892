/**
 * Waiting lists and their bridging help on the protected tables; each statement runs on the
 * transaction or read scope of a guard, which has decided and audits.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { WaitStatus } from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { caseBridging, caseWaits } from '../../kernel/tables/waitingSchema.ts';
import { cases } from '../../kernel/tables/caseSchema.ts';
import { organizations, services } from '../../platform/db/schema.ts';

export type WaitRow = typeof caseWaits.$inferSelect;
export type BridgingRow = typeof caseBridging.$inferSelect;

export async function waitsOfCase(tx: Db, caseId: string): Promise<WaitRow[]> {
  return tx
    .select()
    .from(caseWaits)
    .where(eq(caseWaits.caseId, caseId))
    .orderBy(asc(caseWaits.since), asc(caseWaits.createdAt));
}

export async function bridgingOfCase(tx: Db, caseId: string): Promise<BridgingRow[]> {
  return tx
    .select()
    .from(caseBridging)
    .where(eq(caseBridging.caseId, caseId))
    .orderBy(asc(caseBridging.fromOn), asc(caseBridging.createdAt));
}

/** The service and its provider, as the social map names them now. */
export async function serviceOf(
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

/**
 * A new wait, unless the case already waits for this service (the partial unique index holds
 * under racing requests: the second insert does nothing and answers no row).
 */
export async function insertWait(
  tx: Db,
  row: Omit<WaitRow, 'id' | 'version' | 'updatedAt'>,
): Promise<WaitRow | undefined> {
  const [inserted] = await tx
    .insert(caseWaits)
    .values({ ...row, id: randomUUID(), updatedAt: row.createdAt })
    .onConflictDoNothing()
    .returning();
  return inserted;
}

/** Moves a wait on from the status it was seen in; no row when it moved meanwhile. */
export async function moveWait(
  tx: Db,
  caseId: string,
  waitId: string,
  from: WaitStatus,
  to: { status: WaitStatus; statusOn: string; note: string },
  now: Date,
): Promise<WaitRow | undefined> {
  const [row] = await tx
    .update(caseWaits)
    .set({
      status: to.status,
      statusOn: to.statusOn,
      note: to.note,
      version: sql`${caseWaits.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(caseWaits.id, waitId), eq(caseWaits.caseId, caseId), eq(caseWaits.status, from)))
    .returning();
  return row;
}

export async function insertBridging(
  tx: Db,
  row: Omit<BridgingRow, 'id'>,
): Promise<BridgingRow | undefined> {
  const [inserted] = await tx
    .insert(caseBridging)
    .values({ ...row, id: randomUUID() })
    .returning();
  return inserted;
}

/** Every open wait of open cases: the service, the region and since when (no family). */
export async function openWaits(
  tx: Db,
): Promise<
  { serviceId: string; service: string; organization: string; region: string; since: string }[]
> {
  const rows = await tx
    .select({
      serviceId: caseWaits.serviceId,
      service: caseWaits.serviceName,
      organization: caseWaits.organizationName,
      region: caseWaits.region,
      since: caseWaits.since,
    })
    .from(caseWaits)
    .innerJoin(cases, eq(cases.id, caseWaits.caseId))
    .where(and(inArray(caseWaits.status, ['waiting', 'offered']), eq(cases.status, 'open')));
  return rows.flatMap((r) => (r.serviceId === null ? [] : [{ ...r, serviceId: r.serviceId }]));
}
