/** Saving the plan as the coordinator wrote it: the next version. */
import type { PlanContent, PlanVersion } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { checkPlan } from './references.ts';
import { planAsSeen, saveVersion } from './saveVersion.ts';

export async function savePlan(
  ctx: AccessContext,
  caseId: string,
  input: { version: number; content: PlanContent; note: string },
): Promise<PlanVersion> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      const before = await planAsSeen(c, input.version);
      await checkPlan(c, before?.content ?? null, input.content);
      return saveVersion(c, input.version, {
        content: input.content,
        change: { kind: 'saved', note: input.note },
        evaluation: null,
      });
    },
  );
}
