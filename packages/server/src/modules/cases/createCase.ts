/** A case coordinator opens a case for their own organisation and is its coordinator. */
import type { CaseView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withRight } from '../../kernel/guards/rightGuard.ts';
import { openCase, type NewCase } from './openCase.ts';
import { caseViewIn } from './view.ts';

export async function createCase(ctx: AccessContext, input: NewCase): Promise<CaseView> {
  return withRight(
    ctx,
    {
      right: 'case.coordinate',
      organizationId: input.organizationId,
      refusal: 'Only a case coordinator of this organisation can open a case for it.',
      refusalField: 'organizationId',
      audit: 'create',
      subjectType: 'case',
      purpose: 'coordination',
    },
    async (a) => {
      const row = await openCase(a.tx, input, a.principal.userId, a.now);
      a.about({ subjectId: row.id, caseId: row.id });
      return caseViewIn(a.tx, row, 'coordinator', [a.membership.role]);
    },
  );
}
