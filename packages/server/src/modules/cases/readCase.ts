/** Reading the case file, and taking it out as a download or a page to print (audited as such). */
import type { CaseView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { caseView, shownRestricted } from './view.ts';

export async function readCase(ctx: AccessContext, caseId: string): Promise<CaseView> {
  return withCase(ctx, { caseId, action: 'read', audit: 'read', purpose: 'care' }, async (c) => {
    const view = await caseView(c.tx, c.row, c.basis, c.actingRoles);
    c.note({ restrictedShown: shownRestricted(view) });
    return view;
  });
}

export async function exportCase(
  ctx: AccessContext,
  caseId: string,
  kind: 'export' | 'print' = 'export',
): Promise<CaseView> {
  return withCase(ctx, { caseId, action: 'export', audit: kind, purpose: 'care' }, async (c) => {
    const view = await caseView(c.tx, c.row, c.basis, c.actingRoles);
    c.note({ restrictedShown: shownRestricted(view) });
    return view;
  });
}
