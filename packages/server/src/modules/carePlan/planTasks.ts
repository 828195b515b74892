/**
 * The care plan's part of a coordinator's task list: the next evaluation of each plan, and the
 * actions past their date. Read in the task list's guard, which has decided which cases.
 */
import {
  actionsPastDate,
  brusselsDate,
  endOfDay,
  planContentSchema,
  type Task,
} from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { latestPlans } from './queries.ts';
import { schedulesOf } from './schedule.ts';

export async function planTasks(tx: Db, cases: Map<string, string>, now: Date): Promise<Task[]> {
  const today = brusselsDate(now);
  const plans = (await latestPlans(tx, [...cases.keys()])).map((r) => ({
    caseId: r.caseId,
    content: planContentSchema.parse(r.content),
  }));
  const schedules = await schedulesOf(tx, plans);
  const tasks: Task[] = [];
  for (const plan of plans) {
    const familyLabel = cases.get(plan.caseId) ?? '';
    const next = schedules.get(plan.caseId)?.next ?? null;
    if (next !== null)
      tasks.push({
        kind: 'evaluation_due',
        caseId: plan.caseId,
        familyLabel,
        dueAt: endOfDay(next.dueOn).toISOString(),
        dueOn: next.dueOn,
        overdue: today > next.dueOn,
        detail: next.dueOn,
      });
    for (const action of actionsPastDate(plan.content, today))
      tasks.push({
        kind: 'action_past_date',
        caseId: plan.caseId,
        familyLabel,
        dueAt: endOfDay(action.by ?? today).toISOString(),
        dueOn: action.by,
        overdue: true,
        detail: action.what,
      });
  }
  return tasks;
}
