/**
 * A decision of a care table becomes a goal of the plan in one step: its words, linked to the
 * meeting and the decision, as the next version. A retry with the same goal id answers the plan
 * as it is; a decision is taken up once.
 */
import { emptyPlan, type LifeDomainKey, type PlanVersion } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { decisionWithin } from '../careTable/index.ts';
import { latestVersion } from './queries.ts';
import { planAsSeen, saveVersion } from './saveVersion.ts';
import { versionView } from './view.ts';

export async function goalFromDecision(
  ctx: AccessContext,
  caseId: string,
  input: {
    version: number;
    meetingId: string;
    decisionId: string;
    goalId: string;
    domains: LifeDomainKey[];
  },
): Promise<PlanVersion> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      const latest = await latestVersion(c.tx, caseId);
      const existing = latest === undefined ? undefined : versionView(latest);
      const taken = existing?.content.goals.find(
        (g) =>
          g.fromDecision?.meetingId === input.meetingId &&
          g.fromDecision.decisionId === input.decisionId,
      );
      if (taken !== undefined && existing !== undefined) {
        if (taken.id === input.goalId) return existing;
        throw new AppError(
          'conflict',
          `This decision is a goal of the plan already ("${taken.text}").`,
        ).because('decision_in_plan');
      }
      const decision = await decisionWithin(c, input.meetingId, input.decisionId);
      const before = (await planAsSeen(c, input.version))?.content ?? emptyPlan();
      const goal = {
        id: input.goalId,
        text: decision.text,
        author: 'professional' as const,
        domains: input.domains,
        concerns: [],
        priority: 'unknown' as const,
        fromDecision: { meetingId: input.meetingId, decisionId: input.decisionId },
        teamOnly: false,
        hiddenFrom: [],
      };
      if (before.goals.some((g) => g.id === goal.id))
        throw new AppError(
          'invalid_input',
          'The plan has a goal with this id already. Reload the page and try again.',
          'goalId',
        ).because('exists');
      return saveVersion(c, input.version, {
        content: { ...before, goals: [...before.goals, goal] },
        change: { kind: 'from_decision', meetingId: input.meetingId, decisionId: input.decisionId },
        evaluation: null,
      });
    },
  );
}
