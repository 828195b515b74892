/**
 * A programme as data: who it is for (age window around the birth, region, situations,
 * conditions), what the referrer checks first, its service levels, its duration, its intake duty
 * roster and its own rules. Network coordinators edit it; the core validates every version.
 */
import { z } from 'zod';
import { lifeDomainKeys } from '../caseFile/lifeDomains.ts';
import { expertSchema } from '../careTable/experts.ts';
import { evaluationRulesSchema } from '../carePlan/evaluation.ts';
import { retentionSchema } from '../carePlan/closing.ts';
import { budgetRulesSchema } from '../budget/rules.ts';
import { homeVisitRulesSchema } from '../homeVisits/rules.ts';
import { provinceCodes } from '../geography/provinces.ts';

const labels = z.object({ nl: z.string().min(1), en: z.string().min(1) });
const itemId = z
  .string()
  .regex(/^[a-z0-9-]{2,60}$/, { error: 'An id is 2–60 lower-case letters, digits or dashes.' });
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'A time is HH:MM, e.g. 09:00.' });
const date = z.iso.date({ error: 'A date is YYYY-MM-DD.' });

/** The end of the age window, counted from the (expected) birth. */
export const ageWindowEndSchema = z.discriminatedUnion('kind', [
  /** Up to (not including) this birthday: the 3rd birthday ends Zorggarantie. */
  z.object({ kind: z.literal('birthday'), years: z.number().int().min(1).max(18) }),
  /** Up to this many months after the birth: Opkomst ends 6 months after birth. */
  z.object({ kind: z.literal('months_after_birth'), months: z.number().int().min(0).max(216) }),
  /**
   * Until the child's first school day (Opkomst+). In Flanders a child may start school from
   * 2 years and 6 months; the configured age is when a family usually starts.
   */
  z.object({ kind: z.literal('first_school_day'), months: z.number().int().min(30).max(72) }),
]);

export const ageWindowSchema = z.object({
  /** Months relative to the (expected) birth at which the programme starts: −9 is conception. */
  fromMonths: z.number().int().min(-9).max(216),
  end: ageWindowEndSchema,
});

export const criterionSchema = z.object({ id: itemId, label: labels, explanation: labels });

/** How long after a start event something is due. */
export const durationSchema = z.discriminatedUnion('kind', [
  /** Elapsed time: 24 hours is 24 hours, also across a daylight-saving change. */
  z.object({
    kind: z.literal('elapsed_hours'),
    hours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90),
  }),
  /** Calendar time in Brussels: "within a month" is the same day next month (or its last day). */
  z.object({ kind: z.literal('calendar_months'), months: z.number().int().min(1).max(24) }),
  z.object({ kind: z.literal('calendar_days'), days: z.number().int().min(1).max(365) }),
]);
export type Duration = z.infer<typeof durationSchema>;

export const serviceLevelEvents = [
  'referral_sent',
  'referral_accepted',
  'parents_agreed_care_table',
] as const;

/** What meets a service level: the first answer, the work started, the care table held. */
export const serviceLevelOutcomes = ['first_answer', 'work_started', 'care_table_held'] as const;

export const serviceLevelSchema = z.object({
  id: itemId,
  label: labels,
  /** The moment the clock starts. */
  from: z.enum(serviceLevelEvents),
  within: durationSchema,
  /** What stops the clock; versions saved before this field existed: see `outcomeOf`. */
  metBy: z.enum(serviceLevelOutcomes).optional(),
});
export type ServiceLevel = z.infer<typeof serviceLevelSchema>;
export type ServiceLevelOutcome = (typeof serviceLevelOutcomes)[number];

/** What meets a level: as configured, or as the first versions meant it. */
export function outcomeOf(level: ServiceLevel): ServiceLevelOutcome {
  if (level.metBy !== undefined) return level.metBy;
  if (level.from === 'parents_agreed_care_table') return 'care_table_held';
  return level.id === 'feedback' ? 'first_answer' : 'work_started';
}

export const dutyContactSchema = z.object({
  kind: z.enum(['phone', 'email']),
  value: z.string().min(3),
  /** A phone number that changes "from 7 March": both kept, each with its dates. */
  validFrom: date.optional(),
  validTo: date.optional(),
});

export const weekdaySchema = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
export type Weekday = z.infer<typeof weekdaySchema>;

export const rosterSlotSchema = z
  .object({
    weekday: weekdaySchema,
    from: time,
    to: time,
    /** The coordinator on duty, by the e-mail address of their account. */
    coordinatorEmail: z.email(),
    coordinatorName: z.string().min(2),
  })
  .refine((s) => s.from < s.to, { error: 'A slot ends after it starts.', path: ['to'] });

export const rosterSchema = z.object({
  slots: z.array(rosterSlotSchema),
  /** Outside the slots: the general duty line. */
  dutyLine: z.object({ name: z.string().min(2), contacts: z.array(dutyContactSchema).min(1) }),
  contacts: z.array(dutyContactSchema).default([]),
});
export type Roster = z.infer<typeof rosterSchema>;

export const programmeRuleSchema = z.discriminatedUnion('kind', [
  /** No legal mandate before birth: a referral to the public prosecutor only once born. */
  z.object({ kind: z.literal('prosecutor_only_after_birth') }),
]);

export const programmeSchema = z.object({
  key: itemId,
  version: z.number().int().min(1),
  name: labels,
  description: labels,
  /** The organisation of the social map that runs it (its key). */
  organizationKey: z.string().min(1),
  ageWindow: ageWindowSchema,
  region: z
    .object({
      provinces: z.array(z.enum(provinceCodes)).default([]),
      /** NIS codes of municipalities, for a programme of a city or region. */
      municipalities: z.array(z.string().regex(/^\d{5}$/)).default([]),
    })
    .refine((r) => r.provinces.length + r.municipalities.length > 0, {
      error: 'Say where families must live: provinces or municipalities.',
    }),
  /** Situations: at least one must apply ("any") or all of them ("all"). */
  situations: z.object({ mode: z.enum(['any', 'all']), items: z.array(criterionSchema) }),
  /** Conditions that must all hold, such as minimal willingness of the parents. */
  conditions: z.array(criterionSchema),
  /** What the referrer does and confirms before referring. */
  checklist: z.array(criterionSchema),
  serviceLevels: z.array(serviceLevelSchema),
  maxDuration: z
    .object({
      months: z.number().int().min(1).max(60),
      warnDaysBefore: z.number().int().min(1).max(90),
    })
    .nullable(),
  roster: rosterSchema.nullable(),
  rules: z.array(programmeRuleSchema).default([]),
  /** The life domains the programme works with; all of them when not named. */
  lifeDomains: z.array(z.enum(lifeDomainKeys)).min(1).optional(),
  /** The experts who can sit at a care table of this programme. */
  expertPool: z
    .array(expertSchema)
    .max(200)
    .refine((pool) => new Set(pool.map((e) => e.id)).size === pool.length, {
      error: 'Each expert has an id of their own.',
    })
    .optional(),
  /** How the care plan is evaluated (Zorggarantie: every 6 weeks); without it, when the plan says. */
  carePlan: z
    .object({ evaluation: evaluationRulesSchema.optional(), retention: retentionSchema.optional() })
    .optional(),
  /** The backpack budget a case of this programme can get; none when not named. */
  budget: budgetRulesSchema.optional(),
  /** How often the family may choose to be visited at home; weekly to six-weekly when not named. */
  homeVisits: homeVisitRulesSchema.optional(),
  source: z.string().min(3),
});
export type Programme = z.infer<typeof programmeSchema>;
export type ProgrammeInput = z.input<typeof programmeSchema>;
