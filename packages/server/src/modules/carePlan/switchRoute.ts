/**
 * Moving the case from one route to another (Plan A to B, B to C, or back): a recorded decision
 * with its reason, as a version of its own so the plan shows when and why it happened.
 */
import type { PlanRoute, PlanVersion } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { planAsSeen, saveVersion } from './saveVersion.ts';

export async function switchRoute(
  ctx: AccessContext,
  caseId: string,
  input: { version: number; to: PlanRoute; reason: string },
): Promise<PlanVersion> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      const before = await planAsSeen(c, input.version);
      if (before === null) throw new Error('A plan seen at version 1 or later is there.');
      const from = before.content.active;
      if (from === input.to)
        throw new AppError(
          'conflict',
          `The case is on Plan ${from} already. Choose another plan to move to.`,
          'to',
        ).because('same_route');
      return saveVersion(c, input.version, {
        content: { ...before.content, active: input.to },
        change: { kind: 'switched', from, to: input.to, reason: input.reason },
        evaluation: null,
      });
    },
  );
}
