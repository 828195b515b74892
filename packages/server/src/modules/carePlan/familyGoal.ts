/**
 * The family writes a goal of its own (family portal): in its own words and priority, marked as
 * the family's wherever it is shown, added to the newest version whoever saved in between. A
 * retry with the same goal id answers the plan as it is.
 */
import { emptyPlan, type FamilyGoalInput, type Goal, type PlanVersion } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { latestVersion } from './queries.ts';
import { planAsSeen, saveVersion } from './saveVersion.ts';
import { planWithin } from './readPlan.ts';
import { versionView } from './view.ts';

export async function addFamilyGoal(
  ctx: AccessContext,
  caseId: string,
  input: Required<FamilyGoalInput>,
): Promise<PlanVersion> {
  return withCase(
    ctx,
    { caseId, action: 'co_write', audit: 'update', purpose: 'care' },
    async (c) => {
      const latest = await latestVersion(c.tx, caseId);
      const seen = latest?.number ?? 0;
      const before = (await planAsSeen(c, seen))?.content ?? emptyPlan();
      const same = before.goals.find((g) => g.id === input.goalId);
      if (same !== undefined) {
        if (same.author === 'family' && same.text === input.text && latest !== undefined)
          return (await planWithin(c)).current ?? versionView(latest);
        throw new AppError(
          'invalid_input',
          'The plan has a goal with this id already. Reload the page and write your goal again.',
          'goalId',
        ).because('exists');
      }
      const goal: Goal = {
        id: input.goalId,
        text: input.text,
        author: 'family',
        domains: input.domains,
        concerns: [],
        priority: input.priority,
        fromDecision: null,
        teamOnly: false,
        hiddenFrom: [],
      };
      await saveVersion(c, seen, {
        content: { ...before, goals: [...before.goals, goal] },
        change: { kind: 'family_wrote', goalId: goal.id },
        evaluation: null,
      });
      // The family is answered with the plan as the family sees it.
      const now = (await planWithin(c)).current;
      if (now === null) throw new Error('The version just saved is not there.');
      return now;
    },
  );
}
