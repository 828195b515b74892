/**
 * Writes one audit row on the transaction it is given, so the row commits or rolls back with the
 * data it describes. The database numbers the row and the sealer chains it (migration 0019).
 */
import type { AuditAction, AuditOutcome, AuditSubjectType, Purpose } from '@omringd/core';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { auditEvents } from './auditSchema.ts';
import { auditRows, signInFailures } from '../../platform/metrics/metrics.ts';

export type AuditActor = {
  userId: string | null;
  userName: string | null;
  onBehalfOf?: string | null;
  role: string | null;
  organizationId: string | null;
  purpose: Purpose | null;
  ip: string | null;
};

export type AuditEntry = {
  action: AuditAction;
  outcome: AuditOutcome;
  subjectType?: AuditSubjectType;
  subjectId?: string | null;
  caseId?: string | null;
  details?: Record<string, unknown>;
};

const valuesOf = (actor: AuditActor, entry: AuditEntry) => ({
  action: entry.action,
  outcome: entry.outcome,
  userId: actor.userId,
  userName: actor.userName,
  onBehalfOf: actor.onBehalfOf ?? null,
  role: actor.role,
  organizationId: actor.organizationId,
  purpose: actor.purpose,
  subjectType: entry.subjectType ?? null,
  subjectId: entry.subjectId ?? null,
  caseId: entry.caseId ?? null,
  ip: actor.ip,
  details: entry.details ?? {},
});

/** The row's time comes from the database's clock (the numbering trigger), never from here. */
export async function writeAudit(tx: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values(valuesOf(actor, entry));
  countAudit(entry);
}

/** The INSERT of one row, for a statement that carries it with a read (a read-only operation). */
export function auditInsert(db: Db, actor: AuditActor, entry: AuditEntry): SQL {
  return db.insert(auditEvents).values(valuesOf(actor, entry)).getSQL();
}

export function countAudit(entry: AuditEntry): void {
  auditRows.inc({ outcome: entry.outcome });
  if (entry.action === 'login_failed') signInFailures.inc();
}
