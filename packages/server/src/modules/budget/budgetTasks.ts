/**
 * The budget's part of a coordinator's task list: a budget whose last day is within the
 * programme's warning days (or past), so an extension can be asked for in time. Read in the task
 * list's guard, which has decided which cases.
 */
import { brusselsDate, daysAfter, endOfDay, type Task } from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { budgetsEndingBy } from './queries.ts';

/** The most days ahead any programme warns (the rules allow up to 60). */
const LOOK_AHEAD_DAYS = 60;

export async function budgetTasks(tx: Db, cases: Map<string, string>, now: Date): Promise<Task[]> {
  const today = brusselsDate(now);
  const ending = await budgetsEndingBy(tx, [...cases.keys()], daysAfter(today, LOOK_AHEAD_DAYS));
  return ending
    .filter((b) => b.endsOn <= daysAfter(today, b.warnDaysBefore))
    .map((b) => ({
      kind: 'budget_ending' as const,
      caseId: b.caseId,
      familyLabel: cases.get(b.caseId) ?? '',
      dueAt: endOfDay(b.endsOn).toISOString(),
      dueOn: b.endsOn,
      overdue: b.endsOn < today,
      detail: b.endsOn,
    }));
}
