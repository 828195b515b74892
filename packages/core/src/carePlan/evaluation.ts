/**
 * The evaluation of the care plan: every so many weeks (the programme's cadence, as data), or
 * sooner when the plan says so. It records progress per goal, the 0–10 scores of the participants
 * (kept as scores of their own, never overwritten), what changes, and produces the next version.
 */
import { z } from 'zod';
import { DateTime } from 'luxon';
import { scoreInputSchema } from '../caseFile/scores.ts';
import { ZONE } from '../programmes/brusselsTime.ts';

export const goalProgress = ['worse', 'same', 'better', 'reached'] as const;
export type GoalProgress = (typeof goalProgress)[number];

export const evaluationRulesSchema = z.object({
  everyWeeks: z.number().int().min(1).max(26),
  /** The coordinator is reminded so many days before the due date. */
  remindDaysBefore: z.number().int().min(0).max(14),
  /** Past the due date by so many days, the network coordinators hear of it too. */
  escalateDaysAfter: z.number().int().min(0).max(30),
});
export type EvaluationRules = z.infer<typeof evaluationRulesSchema>;

export const evaluationSchema = z.object({
  /** The day it was held, in Brussels. */
  heldOn: z.iso.date({ error: 'A date is written as YYYY-MM-DD.' }),
  progress: z
    .array(
      z.object({
        goalId: z.string().min(1).max(40),
        progress: z.enum(goalProgress),
        note: z.string().trim().max(1000).default(''),
      }),
    )
    .max(50)
    .refine((p) => new Set(p.map((x) => x.goalId)).size === p.length, {
      error: 'Record the progress of each goal once.',
    })
    .default([]),
  scores: z.array(scoreInputSchema).max(20).default([]),
  /** What changes from here, in plain words. */
  changes: z.string().trim().max(4000).default(''),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

const day = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

/** The calendar date so many weeks after a date, in Brussels (a DST change never shifts it). */
export function weeksAfter(date: string, weeks: number): string {
  return day(date).plus({ weeks }).toISODate() ?? date;
}

export function daysAfter(date: string, days: number): string {
  return day(date).plus({ days }).toISODate() ?? date;
}

/** The instant a due date ends: midnight after it, in Brussels. */
export function endOfDay(date: string): Date {
  return day(date).plus({ days: 1 }).startOf('day').toJSDate();
}

export type EvaluationSchedule = {
  /** The date the next evaluation is due (YYYY-MM-DD, Brussels). */
  dueOn: string;
  remindOn: string;
  escalateOn: string;
  /** Why this date: the cadence, or the plan's own earlier date. */
  basis: 'cadence' | 'sooner';
};

/**
 * When the next evaluation is due: so many weeks after the last one (or after the plan's first
 * version), or earlier when the plan asks for it. Without a cadence only the plan's own date
 * counts.
 */
export function nextEvaluation(
  lastOn: string,
  rules: EvaluationRules | undefined,
  sooner: string | null,
): EvaluationSchedule | null {
  const byCadence = rules === undefined ? null : weeksAfter(lastOn, rules.everyWeeks);
  const soonerCounts = sooner !== null && sooner > lastOn;
  const dueOn = soonerCounts && (byCadence === null || sooner < byCadence) ? sooner : byCadence;
  if (dueOn === null) return null;
  // A date the plan set without a programme cadence is reminded and escalated like Zorggarantie's.
  const remindDays = rules?.remindDaysBefore ?? 3;
  const escalateDays = rules?.escalateDaysAfter ?? 3;
  return {
    dueOn,
    remindOn: daysAfter(dueOn, -remindDays),
    escalateOn: daysAfter(dueOn, escalateDays),
    basis: dueOn === byCadence ? 'cadence' : 'sooner',
  };
}
