/**
 * Reading the case file, and taking it out as a download or a page to print (audited as such).
 * Read-only: the view's one statement carries the audit row.
 */
import type { CaseView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import type { ReadScope } from '../../kernel/accessContext.ts';
import { readWithCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { caseView, shownRestricted, visibleRestricted } from './view.ts';
import { caseViewFactsQuery, type CaseViewFacts } from './queries.ts';

export async function readCase(
  ctx: AccessContext,
  caseId: string,
  kind: 'read' | 'export' | 'print' = 'read',
): Promise<CaseView> {
  return (await readCaseWith(ctx, caseId, () => Promise.resolve(null), kind)).file;
}

/**
 * The case file with more of it read in the same guard (one decision, one audit row): the FHIR
 * exchange reads the case with its network or its scores this way.
 */
export async function readCaseWith<X>(
  ctx: AccessContext,
  caseId: string,
  more: (c: CaseAccess & ReadScope) => Promise<X>,
  kind: 'read' | 'export' | 'print' = 'read',
): Promise<{ file: CaseView; more: X }> {
  const on = {
    caseId,
    action: kind === 'read' ? ('read' as const) : ('export' as const),
    audit: kind,
    purpose: 'care' as const,
  };
  return readWithCase(ctx, on, async (c) => {
    const restricted = visibleRestricted(c.row, c.basis, c.actingRoles);
    c.note({ restrictedShown: shownRestricted(restricted) });
    const extra = await more(c);
    const [facts] = await c.finalRead<CaseViewFacts>(caseViewFactsQuery(c.row));
    return { file: caseView(c.row, c.basis, restricted, facts), more: extra };
  });
}

export async function exportCase(
  ctx: AccessContext,
  caseId: string,
  kind: 'export' | 'print' = 'export',
): Promise<CaseView> {
  return readCase(ctx, caseId, kind);
}
