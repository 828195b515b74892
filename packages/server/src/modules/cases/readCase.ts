/**
 * Reading the case file, and taking it out as a download or a page to print (audited as such).
 * Read-only: the view's one statement carries the audit row.
 */
import type { CaseView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase } from '../../kernel/guards/caseGuard.ts';
import { caseView, shownRestricted, visibleRestricted } from './view.ts';
import { caseViewFactsQuery, type CaseViewFacts } from './queries.ts';

export async function readCase(
  ctx: AccessContext,
  caseId: string,
  kind: 'read' | 'export' | 'print' = 'read',
): Promise<CaseView> {
  const on = {
    caseId,
    action: kind === 'read' ? ('read' as const) : ('export' as const),
    audit: kind,
    purpose: 'care' as const,
  };
  return readWithCase(ctx, on, async (c) => {
    const restricted = visibleRestricted(c.row, c.basis, c.actingRoles);
    c.note({ restrictedShown: shownRestricted(restricted) });
    const [facts] = await c.finalRead<CaseViewFacts>(caseViewFactsQuery(c.row));
    return caseView(c.row, c.basis, restricted, facts);
  });
}

export async function exportCase(
  ctx: AccessContext,
  caseId: string,
  kind: 'export' | 'print' = 'export',
): Promise<CaseView> {
  return readCase(ctx, caseId, kind);
}
