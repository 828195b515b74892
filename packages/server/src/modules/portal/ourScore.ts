/**
 * Our own score on the 0–10 scale ("how safe is it now?"), given by the parent in the portal as
 * the member of the family they are. A score is never changed: it stands next to the
 * professionals' scores and the ones recorded for the family at an evaluation, and nobody's
 * replaces anybody else's.
 */
import type { ScoreView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { scoreWithin } from '../caseFile/index.ts';

export async function giveOurScore(
  ctx: AccessContext,
  caseId: string,
  input: { score: number; note: string },
): Promise<ScoreView> {
  return withCase(
    ctx,
    { caseId, action: 'co_write', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'scores', scorer: 'family_member' });
      const memberId = c.parentMemberId;
      if (memberId === null)
        throw new AppError(
          'conflict',
          'Your account is not yet linked to you in the family details. Ask your contact person to invite you again.',
        ).because('parent_not_linked');
      return scoreWithin(c, {
        scale: 'safety',
        score: input.score,
        scorer: { kind: 'family_member', memberId },
        note: input.note,
      });
    },
  );
}
