/**
 * Closing a case: the outcome per goal, the reason, the hand-over to regular help (services of
 * the social map), and how long the file is kept — the programme's retention period, counted
 * from the day of closing in Brussels and told to the family in the closing letter.
 */
import { z } from 'zod';
import { DateTime } from 'luxon';
import { ZONE } from '../programmes/brusselsTime.ts';

export const closingReasons = [
  'goals_reached',
  'handed_over',
  'family_stopped',
  'moved_away',
  'maximum_duration',
  'other',
] as const;
export type ClosingReason = (typeof closingReasons)[number];

export const goalOutcomes = ['reached', 'partly', 'not_reached'] as const;

export const closingInputSchema = z.object({
  /** The plan version the coordinator closes from (0: no plan). */
  version: z.number().int().nonnegative(),
  reason: z.enum(closingReasons, { error: 'Choose why the case is closed.' }),
  /** In plain words, for the file and the letter. */
  explanation: z.string().trim().max(2000).default(''),
  outcomes: z
    .array(
      z.object({
        goalId: z.string().min(1).max(40),
        outcome: z.enum(goalOutcomes),
        note: z.string().trim().max(1000).default(''),
      }),
    )
    .max(50)
    .refine((o) => new Set(o.map((x) => x.goalId)).size === o.length, {
      error: 'Give the outcome of each goal once.',
    })
    .default([]),
  /** Regular help the family goes on with, from the social map. */
  handover: z
    .array(
      z.object({
        serviceId: z.uuid({ error: 'Pick the service from the social map.' }),
        note: z.string().trim().max(500).default(''),
      }),
    )
    .max(10)
    .default([]),
});
export type ClosingInput = z.infer<typeof closingInputSchema>;

export const retentionSchema = z.object({
  /** Years the file is kept after closing; then it is erased. */
  years: z.number().int().min(1).max(30),
});

/** The last day the file is kept: so many years after the day of closing, in Brussels. */
export function keptUntil(closedAt: Date, years: number): string {
  return DateTime.fromJSDate(closedAt, { zone: ZONE }).plus({ years }).toISODate() ?? '';
}

export const closingViewSchema = z.object({
  reason: z.enum(closingReasons),
  explanation: z.string(),
  outcomes: z.array(
    z.object({
      goalId: z.string(),
      goal: z.string(),
      outcome: z.enum(goalOutcomes),
      note: z.string(),
    }),
  ),
  handover: z.array(
    z.object({ serviceId: z.string(), name: z.string(), phone: z.string(), note: z.string() }),
  ),
  closedAt: z.string(),
  closedBy: z.string(),
  keptUntil: z.string(),
  retentionYears: z.number().int(),
});
export type ClosingView = z.infer<typeof closingViewSchema>;
