/** "Who looked at this file": for the case coordinator; reading it is itself audited. */
import type { AuditLine } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { caseTrail } from '../../kernel/audit/auditReader.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';

export async function readCaseAudit(ctx: AccessContext, caseId: string): Promise<AuditLine[]> {
  return withCase(
    ctx,
    { caseId, action: 'read_audit', audit: 'read_audit', purpose: 'audit' },
    (c) => caseTrail(c, caseId, 500),
  );
}
