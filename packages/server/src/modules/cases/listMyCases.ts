/**
 * The cases the user is in the team of (with a valid share when from another organisation), in a
 * constant number of statements whatever the number of cases.
 */
import type { CaseSummary } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { visibleCases } from '../../kernel/guards/caseGuard.ts';
import { readSignedIn } from '../../kernel/guards/rightGuard.ts';
import { membershipWith } from '../../kernel/principal.ts';
import { caseListQuery, myCaseIds } from './queries.ts';

export async function listMyCases(ctx: AccessContext): Promise<CaseSummary[]> {
  return readSignedIn(ctx, { audit: 'search', subjectType: 'case', purpose: 'care' }, async (s) => {
    s.actAs(membershipWith(s.principal, 'case.participate'));
    const candidates = await myCaseIds(s.tx, s.principal.userId);
    const visible = [...(await visibleCases(s, s.principal, candidates, 'read')).keys()];
    // The row names the cases listed: the visible ones, all of which the list shows.
    s.note({ scope: 'my_cases', count: visible.length, caseIds: visible });
    const query = caseListQuery(s.principal.userId, visible);
    return query === null ? [] : s.finalRead<CaseSummary>(query);
  });
}
