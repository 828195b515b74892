/** Reading who the family is: the case team, and the family's own parents. */
import type { CaseFamily } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase } from '../../kernel/guards/caseGuard.ts';
import { familyRow } from './queries/family.ts';
import { familyView } from './familyView.ts';

export async function readFamily(ctx: AccessContext, caseId: string): Promise<CaseFamily> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'family' });
      return familyView(await familyRow(c.tx, c.row.familyId));
    },
  );
}
