/** A coordinator's task list across their cases, most urgent first. */
import { z } from 'zod';

export const taskKinds = [
  'care_table_due',
  'evaluation_due',
  'action_past_date',
  'duration_ending',
  'budget_ending',
] as const;
export type TaskKind = (typeof taskKinds)[number];

export const taskSchema = z.object({
  kind: z.enum(taskKinds),
  caseId: z.string(),
  familyLabel: z.string(),
  /** When it is due: an instant (ISO, UTC); for a task due on a day, the end of that day. */
  dueAt: z.string(),
  /** The day it is due (YYYY-MM-DD, Brussels) for a task due on a day; null for a moment. */
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  /** What it is about: the action's words, the programme's name. */
  detail: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

/** Most urgent first: the earliest deadline; ties by kind, then case, so the order is stable. */
export function byUrgency(a: Task, b: Task): number {
  return (
    a.dueAt.localeCompare(b.dueAt) ||
    taskKinds.indexOf(a.kind) - taskKinds.indexOf(b.kind) ||
    a.caseId.localeCompare(b.caseId) ||
    a.detail.localeCompare(b.detail)
  );
}
