/**
 * The cases the user is in the team of (with a valid share when from another organisation), in a
 * constant number of statements whatever the number of cases.
 */
import type { CaseSummary } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { visibleCases } from '../../kernel/guards/caseGuard.ts';
import { withSignedIn } from '../../kernel/guards/rightGuard.ts';
import { membershipWith } from '../../kernel/principal.ts';
import { caseListRows, myCaseIds } from './queries.ts';

export async function listMyCases(ctx: AccessContext): Promise<CaseSummary[]> {
  return withSignedIn(ctx, { audit: 'search', subjectType: 'case', purpose: 'care' }, async (s) => {
    s.actAs(membershipWith(s.principal, 'case.participate'));
    const candidates = await myCaseIds(s.tx, s.principal.userId);
    const visible = await visibleCases(s, s.principal, candidates, 'read');
    const rows = await caseListRows(s.tx, s.principal.userId, [...visible.keys()]);
    s.note({ scope: 'my_cases', count: rows.length, caseIds: rows.map((r) => r.id) });
    return rows;
  });
}
