/**
 * The assessment (worries, what works, what needs to happen). A professional's save keeps the
 * family's own statements as they are: rewording or removing them is refused, naming which.
 */
import { familyStatementsTouched, type Assessment, type CaseAssessment } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { assessmentPart } from './parts.ts';
import { changePart } from './changePart.ts';

export async function changeAssessment(
  ctx: AccessContext,
  caseId: string,
  input: { version: number; content: Assessment },
): Promise<CaseAssessment> {
  return changePart(ctx, caseId, assessmentPart, input, {
    check: (before, after) => {
      const touched = familyStatementsTouched(before, after);
      const [first] = touched;
      if (first !== undefined)
        throw new AppError(
          'invalid_input',
          `What the family wrote stays in their words: put back ${touched.join(', ')} as it was. Add your own statement next to it instead.`,
          `content.${first}`,
        ).because('family_words');
    },
  });
}
