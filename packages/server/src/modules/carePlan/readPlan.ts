/**
 * Reading a case's care plan: the newest version with the list of all versions and when the
 * next evaluation is due; or one earlier version by its number (every version stays readable).
 */
import { emptyPlan, planForFamily, type CasePlan, type PlanVersion } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { allVersions, latestVersion, versionList, versionOf } from './queries.ts';
import { schedulesOf } from './schedule.ts';
import { versionView } from './view.ts';

/**
 * A parent reads what the plan holds for the family: nothing kept within the team, nothing hidden
 * from this parent (by the member of the family their account is linked to).
 */
function readerOf(c: CaseAccess): (version: PlanVersion) => PlanVersion {
  if (c.basis !== 'parent') return (version) => version;
  const memberId = c.parentMemberId;
  return (version) => {
    const content = planForFamily(version.content, memberId);
    const goals = new Set(content.goals.map((g) => g.id));
    const evaluation =
      version.evaluation === null
        ? null
        : {
            ...version.evaluation,
            progress: version.evaluation.progress.filter((p) => goals.has(p.goalId)),
          };
    return { ...version, content, evaluation };
  };
}

/** The plan as it is now, read inside a guard on the case. */
export async function planWithin(c: CaseAccess): Promise<CasePlan> {
  const latest = await latestVersion(c.tx, c.caseId);
  const forReader = readerOf(c);
  const current = latest === undefined ? null : forReader(versionView(latest));
  const versions = (await versionList(c.tx, c.caseId)).map((v) => ({
    number: v.number,
    change: v.change,
    createdAt: v.createdAt.toISOString(),
    createdBy: v.createdBy,
  }));
  const schedule = (
    await schedulesOf(c.tx, [{ caseId: c.caseId, content: current?.content ?? emptyPlan() }])
  ).get(c.caseId);
  return {
    current,
    versions,
    nextEvaluation: current === null ? null : (schedule?.next ?? null),
    everyWeeks: schedule?.rules?.everyWeeks ?? null,
  };
}

export async function readPlan(ctx: AccessContext, caseId: string): Promise<CasePlan> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'care_plan' });
      return planWithin(c);
    },
  );
}

export async function readPlanVersion(
  ctx: AccessContext,
  caseId: string,
  number: number,
): Promise<PlanVersion> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'care_plan', version: number });
      const row = await versionOf(c.tx, caseId, number);
      const forReader = readerOf(c);
      if (row === undefined)
        throw new AppError(
          'not_found',
          `This plan has no version ${String(number)}. Choose one of the versions listed.`,
        ).because('no_such_version');
      return forReader(versionView(row));
    },
  );
}

/** Every version of the plan as the reader may see it, newest first, read inside a guard. */
export async function planVersionsWithin(c: CaseAccess): Promise<PlanVersion[]> {
  c.note({ part: 'care_plan', versions: 'all' });
  const forReader = readerOf(c);
  return (await allVersions(c.tx, c.caseId)).map((row) => forReader(versionView(row)));
}
