/**
 * Printing the family plan: one guarded read of the case, audited as a print, that gathers what
 * the family sees of the newest plan and draws it as a PDF in the family's language.
 */
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { latestVersion } from './queries.ts';
import { schedulesOf } from './schedule.ts';
import { versionView } from './view.ts';
import { familyPlanData } from './familyPlan/familyPlanData.ts';
import { familyPlanPdf } from './familyPlan/document.ts';

export async function printFamilyPlan(
  ctx: AccessContext,
  caseId: string,
  language: string | undefined,
): Promise<Buffer> {
  const data = await readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'print', purpose: 'care' },
    async (c) => {
      const latest = await latestVersion(c.tx, caseId);
      if (latest === undefined)
        throw new AppError(
          'not_found',
          'This case has no plan yet. Write the goals and save the plan, then print it.',
        ).because('no_plan_yet');
      const plan = versionView(latest);
      const next = (await schedulesOf(c.tx, [{ caseId, content: plan.content }])).get(caseId)?.next;
      c.note({ part: 'family_plan', version: plan.number, language: language ?? 'family' });
      return familyPlanData(c, plan.content, next?.dueOn ?? null, language);
    },
  );
  // Drawn after the read: the audit row is written, the transaction is closed.
  return familyPlanPdf(data);
}
