/**
 * A signal: a structural problem a coordinator sees in a case (housing, debt, a waiting list, no
 * childcare, …), carried upward to the network and to policy without the family. The report is
 * per calendar quarter only: periods never overlap, so no two reports can be subtracted to
 * recover a suppressed count.
 */
import { z } from 'zod';
import { DateTime } from 'luxon';

export const signalCategories = [
  'housing',
  'debt',
  'income',
  'waiting_list',
  'no_childcare',
  'mobility',
  'language',
  'health_care',
  'other',
] as const;
export type SignalCategory = (typeof signalCategories)[number];

export const signalInputSchema = z.object({
  category: z.enum(signalCategories),
  text: z
    .string()
    .trim()
    .min(10, { error: 'Describe the problem in at least 10 characters.' })
    .max(500, { error: 'Keep the signal short: at most 500 characters.' }),
});
export type SignalInput = z.infer<typeof signalInputSchema>;

/** "2026-Q4": a calendar quarter. */
export const quarterSchema = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, { error: 'A quarter is written as YYYY-Qn, e.g. 2026-Q4.' });

/** The first and last day of a quarter. */
export function quarterRange(quarter: string): { from: string; to: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const start = DateTime.fromObject({ year, month: (q - 1) * 3 + 1, day: 1 }, { zone: 'utc' });
  const end = start.plus({ months: 3 }).minus({ days: 1 });
  return { from: start.toISODate() ?? '', to: end.toISODate() ?? '' };
}

/** The quarter a date falls in. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${String(Math.floor((month - 1) / 3) + 1)}`;
}
