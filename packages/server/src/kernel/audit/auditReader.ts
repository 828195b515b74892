/** Reading the trail of one case ("who looked at this file"), for a guard that allowed it. */
import type { AuditLine } from '@omringd/core';
import { desc, eq } from 'drizzle-orm';
import type { Scope } from '../accessContext.ts';
import { auditEvents } from './auditSchema.ts';

export async function caseTrail(scope: Scope, caseId: string, limit: number): Promise<AuditLine[]> {
  const found = await scope.tx
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.caseId, caseId))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
  return found.map((e) => ({
    at: e.occurredAt.toISOString(),
    action: e.action,
    outcome: e.outcome,
    userId: e.userId,
    userName: e.userName,
    role: e.role,
    organizationId: e.organizationId,
    purpose: e.purpose,
    details: e.details,
  }));
}
