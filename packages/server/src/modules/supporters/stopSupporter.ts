/**
 * The family stops asking someone to support it: the link ends at once, so the supporter's page
 * no longer shows this family (their account opens nothing of it any more).
 */
import type { PortalSupporters } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { supportersWithin } from './ourSupporters.ts';
import { unlinkSupporter } from './queries.ts';

export async function stopSupporter(
  ctx: AccessContext,
  caseId: string,
  networkPersonId: string,
): Promise<PortalSupporters> {
  return withCase(
    ctx,
    { caseId, action: 'co_write', audit: 'delete', purpose: 'care' },
    async (c) => {
      if (c.basis !== 'parent')
        throw new AppError(
          'forbidden',
          'The family decides who supports it, in the family portal.',
        ).because('not_a_parent');
      c.note({ part: 'supporters', networkPersonId });
      if (!(await unlinkSupporter(c.tx, caseId, networkPersonId)))
        throw new AppError(
          'not_found',
          'This person is not one of your supporters. Reload the page to see who is.',
        ).because('not_involvable');
      return supportersWithin(c);
    },
  );
}
