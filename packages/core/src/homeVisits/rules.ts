/**
 * How often the family may choose to be visited at home, as programme data: the family sets the
 * pace (1 Gezin 1 Plan: "you choose how often home visits happen"), within the range the
 * programme allows. A case that several programmes follow gets what all of them allow.
 */
import { z } from 'zod';

export const homeVisitRulesSchema = z
  .object({
    /** The rhythms a family may choose from: once every `min` to every `max` weeks. */
    everyWeeks: z.object({
      min: z.number().int().min(1).max(26),
      max: z.number().int().min(1).max(26),
    }),
    /** How long a visit usually takes, for a moment the family proposes itself. */
    minutes: z.number().int().min(15).max(240).default(60),
  })
  .refine((r) => r.everyWeeks.min <= r.everyWeeks.max, {
    error: 'The shortest rhythm comes before the longest.',
    path: ['everyWeeks', 'max'],
  });
export type HomeVisitRules = z.infer<typeof homeVisitRulesSchema>;

export type RhythmRange = { min: number; max: number; minutes: number };

/** Where no programme of the case names a range: weekly to once every six weeks. */
export const defaultRhythmRange: RhythmRange = { min: 1, max: 6, minutes: 60 };

/**
 * What every programme of the case allows. When their ranges do not overlap, the strictest
 * programme (the one that asks for the most frequent visits) decides, so no rule is broken by
 * going slower than it allows.
 */
export function rhythmRange(rules: readonly HomeVisitRules[]): RhythmRange {
  if (rules.length === 0) return defaultRhythmRange;
  const min = Math.max(...rules.map((r) => r.everyWeeks.min));
  const max = Math.min(...rules.map((r) => r.everyWeeks.max));
  const minutes = Math.max(...rules.map((r) => r.minutes));
  if (min <= max) return { min, max, minutes };
  const strictest = [...rules].sort((a, b) => a.everyWeeks.max - b.everyWeeks.max)[0];
  if (strictest === undefined) return defaultRhythmRange;
  return { min: strictest.everyWeeks.min, max: strictest.everyWeeks.max, minutes };
}

/** Whether the family's choice lies within the range. */
export function rhythmAllowed(range: RhythmRange, everyWeeks: number): boolean {
  return Number.isInteger(everyWeeks) && everyWeeks >= range.min && everyWeeks <= range.max;
}

/** A visit's lifecycle: the family asks, the contact person confirms or declines; either cancels. */
export const homeVisitStatuses = ['requested', 'confirmed', 'declined', 'cancelled'] as const;
export type HomeVisitStatus = (typeof homeVisitStatuses)[number];

/** Whether a visit still holds its moment (so no one else can take that free slot). */
export const holdsItsMoment = (status: HomeVisitStatus): boolean =>
  status === 'requested' || status === 'confirmed';

/** The decisions the contact person can take on a visit in this status. */
export function decisionsOn(
  status: HomeVisitStatus,
): readonly ('confirm' | 'decline' | 'cancel')[] {
  switch (status) {
    case 'requested':
      return ['confirm', 'decline'];
    case 'confirmed':
      return ['cancel'];
    case 'declined':
    case 'cancelled':
      return [];
  }
}
