/**
 * The plan sweep, run with the deadline sweep: the case coordinators are reminded of an
 * evaluation so many days before it is due, and past its date (by the programme's days) the
 * network coordinators of the region hear of it too; an action past its date and not done is
 * told to the coordinators. Each notice goes out once, keyed by what it is about (a new due date
 * is a new notice). Notices name the kind of task, never the family.
 */
import { actionsPastDate, brusselsDate, planContentSchema } from '@omringd/core';
import type { SystemContext } from '../../kernel/accessContext.ts';
import { coordinatorsOf } from '../cases/index.ts';
import { noticeOnce, regionCoordinators } from '../notifications/index.ts';
import { programmeVersion } from '../programmes/programmeStore.ts';
import { latestPlans, programmesOfCases } from './queries.ts';
import { schedulesOf } from './schedule.ts';

export type PlanSweepResult = { reminders: number; escalations: number; actions: number };

export async function sweepPlans(system: SystemContext): Promise<PlanSweepResult> {
  const result: PlanSweepResult = { reminders: 0, escalations: 0, actions: 0 };
  const today = brusselsDate(system.now());
  const plans = await system.read(async (tx) => {
    const rows = (await latestPlans(tx)).map((r) => ({
      caseId: r.caseId,
      content: planContentSchema.parse(r.content),
    }));
    return { rows, schedules: await schedulesOf(tx, rows) };
  });
  for (const plan of plans.rows) {
    const next = plans.schedules.get(plan.caseId)?.next ?? null;
    const late = actionsPastDate(plan.content, today);
    if ((next === null || today < next.remindOn) && late.length === 0) continue;
    await system.act(
      {
        action: 'update',
        subjectType: 'case',
        subjectId: plan.caseId,
        caseId: plan.caseId,
        purpose: 'coordination',
      },
      async (scope) => {
        const coordinators = await coordinatorsOf(scope.tx, plan.caseId);
        const params = { caseId: plan.caseId };
        let sent = false;
        if (next !== null && today >= next.escalateOn) {
          const programmes =
            (await programmesOfCases(scope.tx, [plan.caseId])).get(plan.caseId) ?? [];
          const region: string[] = [];
          for (const p of programmes)
            region.push(
              ...(await regionCoordinators(
                scope.tx,
                await programmeVersion(scope.tx, p.key, p.version),
              )),
            );
          if (
            await noticeOnce(
              scope.tx,
              [...coordinators, ...region],
              `evaluation-overdue:${plan.caseId}:${next.dueOn}`,
              'evaluation_overdue',
              { ...params, dueOn: next.dueOn },
              scope.now,
            )
          ) {
            result.escalations++;
            sent = true;
          }
        } else if (next !== null && today >= next.remindOn) {
          if (
            await noticeOnce(
              scope.tx,
              coordinators,
              `evaluation-due:${plan.caseId}:${next.dueOn}`,
              'evaluation_due',
              { ...params, dueOn: next.dueOn },
              scope.now,
            )
          ) {
            result.reminders++;
            sent = true;
          }
        }
        for (const action of late)
          if (
            await noticeOnce(
              scope.tx,
              coordinators,
              `plan-action-overdue:${plan.caseId}:${action.id}:${action.by ?? ''}`,
              'plan_action_overdue',
              { ...params, by: action.by },
              scope.now,
            )
          ) {
            result.actions++;
            sent = true;
          }
        scope.note({ sweep: 'care_plan', dueOn: next?.dueOn ?? null, actionsLate: late.length });
        return sent;
      },
    );
  }
  return result;
}
