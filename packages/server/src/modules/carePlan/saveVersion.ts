/**
 * Every change of the plan is a new version, stored inside the guard of the use case that makes
 * it: it names the version the user saw, and when someone saved in between, the answer is 409
 * with the plan as it is now (nothing is overwritten; of two saves of one version, one wins).
 */
import type { Evaluation, PlanChange, PlanContent, PlanVersion, TimelineKind } from '@omringd/core';
import type { CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { noteInTimeline } from '../caseFile/index.ts';
import { insertVersion, latestVersion } from './queries.ts';
import { planWithin } from './readPlan.ts';
import { versionView } from './view.ts';

const timelineKind: Record<PlanChange['kind'], TimelineKind> = {
  saved: 'plan_saved',
  from_decision: 'plan_saved',
  switched: 'plan_switched',
  evaluated: 'plan_evaluated',
  family_wrote: 'plan_saved',
};

async function conflict(c: CaseAccess, seen: number): Promise<AppError> {
  const current = await planWithin(c);
  const at = current.current?.number ?? 0;
  return new AppError(
    'conflict',
    `Someone else changed the plan meanwhile (now version ${String(at)}, you changed version ${String(seen)}). Compare both, then save again.`,
    'version',
  )
    .because('changed_meanwhile')
    .showing(current);
}

/** The plan as it is now (null: none yet), refusing a save that saw an older version. */
export async function planAsSeen(c: CaseAccess, seen: number): Promise<PlanVersion | null> {
  if (c.row.status === 'closed')
    throw new AppError(
      'conflict',
      'This case is closed: its plan is kept as it was and takes no new versions.',
    ).because('case_closed');
  const latest = await latestVersion(c.tx, c.caseId);
  if ((latest?.number ?? 0) !== seen) throw await conflict(c, seen);
  return latest === undefined ? null : versionView(latest);
}

export async function saveVersion(
  c: CaseAccess,
  seen: number,
  next: { content: PlanContent; change: PlanChange; evaluation: Evaluation | null },
): Promise<PlanVersion> {
  const row = await insertVersion(c.tx, { caseId: c.caseId, number: seen + 1, ...next }, c.now, {
    userId: c.principal.userId,
    name: c.principal.displayName,
  });
  if (row === undefined) throw await conflict(c, seen);
  c.note({ part: 'care_plan', version: row.number, change: next.change.kind });
  await noteInTimeline(c, timelineKind[next.change.kind], {
    version: row.number,
    ...(next.change.kind === 'switched' ? { from: next.change.from, to: next.change.to } : {}),
  });
  return versionView(row);
}
