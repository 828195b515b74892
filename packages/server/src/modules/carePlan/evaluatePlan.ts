/**
 * An evaluation of the plan: progress per goal, the 0–10 score of each participant (recorded as
 * scores of their own, on the scale of the case file), what changes, and the plan as it goes on
 * — the next version, carrying the evaluation.
 */
import { brusselsDate, type Evaluation, type PlanContent, type PlanVersion } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { scoreWithin } from '../caseFile/index.ts';
import { checkPlan } from './references.ts';
import { planAsSeen, saveVersion } from './saveVersion.ts';

export async function evaluatePlan(
  ctx: AccessContext,
  caseId: string,
  input: { version: number; evaluation: Evaluation; content: PlanContent },
): Promise<PlanVersion> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      const before = await planAsSeen(c, input.version);
      if (before === null) throw new Error('A plan seen at version 1 or later is there.');
      const { evaluation } = input;
      if (evaluation.heldOn > brusselsDate(c.now))
        throw new AppError(
          'invalid_input',
          'An evaluation is recorded once it has taken place: its date cannot be in the future.',
          'evaluation.heldOn',
        ).because('occurred_in_future');
      const goals = new Set(before.content.goals.map((g) => g.id));
      const stray = evaluation.progress.find((p) => !goals.has(p.goalId));
      if (stray !== undefined)
        throw new AppError(
          'invalid_input',
          `The progress names goal "${stray.goalId}", which is not in the plan that was evaluated.`,
          'evaluation.progress',
        ).because('unknown_reference');
      await checkPlan(c, before.content, input.content);
      for (const score of evaluation.scores) await scoreWithin(c, score);
      return saveVersion(c, input.version, {
        content: input.content,
        change: { kind: 'evaluated' },
        evaluation,
      });
    },
  );
}
