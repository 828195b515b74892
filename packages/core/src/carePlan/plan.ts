/**
 * The care plan (Zorggarantie's zorgplan, 1 Gezin 1 Plan's gezinsplan): goals linked to the
 * worries and life domains, in the family's words where they have them; per goal the actions
 * (who, what, by when); and Plan A, B and C, each with the trigger that moves the case on to the
 * next. Every item can be kept within the team or hidden from one parent, which the family
 * portal and the printed plan respect.
 */
import { z } from 'zod';
import { lifeDomainKeys, familyPriorities } from '../caseFile/lifeDomains.ts';
import { assessmentSections } from '../caseFile/assessment.ts';

const itemId = z.string().regex(/^[a-z0-9-]{1,40}$/, {
  error: 'An id is 1–40 lower-case letters, digits or dashes.',
});
const isoDate = z.iso.date({ error: 'A date is written as YYYY-MM-DD.' });
const text = (max: number, missing: string) =>
  z
    .string()
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `Keep it under ${max} characters.` });

export const planRoutes = ['A', 'B', 'C'] as const;
export type PlanRoute = (typeof planRoutes)[number];

/** The worries a goal answers: `section.statementId` of the assessment's worries. */
const worrySections = assessmentSections.filter((s) =>
  ['harm', 'dangerStatements', 'complicatingFactors'].includes(s),
);
const concernRef = z.string().refine((ref) => worrySections.some((s) => ref.startsWith(`${s}.`)), {
  error: 'A goal answers a worry of the assessment (harm, danger or complicating factor).',
});

/** Who an item is for: everyone on the case and the family, or the team only; never a parent it hides from. */
const visibility = {
  /** Kept within the team: the family portal and the printed family plan leave it out. */
  teamOnly: z.boolean().default(false),
  /** Adults of the family who must not see it (separated parents: the other's new address). */
  hiddenFrom: z.array(z.string().min(1).max(40)).max(10).default([]),
};

export const goalSchema = z.object({
  id: itemId,
  text: text(1000, 'Write the goal, or remove it.'),
  /** Who wrote it: the family's own words are marked as theirs wherever they are shown. */
  author: z.enum(['professional', 'family']).default('professional'),
  domains: z.array(z.enum(lifeDomainKeys)).max(10).default([]),
  concerns: z.array(concernRef).max(20).default([]),
  /** The family's own priority for this goal. */
  priority: z.enum(familyPriorities).default('unknown'),
  /** The care-table decision it came from. */
  fromDecision: z.object({ meetingId: z.uuid(), decisionId: itemId }).nullable().default(null),
  ...visibility,
});
export type Goal = z.infer<typeof goalSchema>;

/** Who does it: the family itself, someone of their network, a professional, or a service. */
export const actorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('family') }),
  z.object({
    kind: z.literal('network'),
    personId: z.string().min(1).max(40),
    name: z.string().trim().max(200),
  }),
  z.object({
    kind: z.literal('professional'),
    name: text(200, 'Say who does it.'),
    organization: z.string().trim().max(200).default(''),
    phone: z.string().trim().max(40).default(''),
  }),
  z.object({
    kind: z.literal('service'),
    serviceId: z.uuid(),
    name: text(300, 'Pick the service.'),
    phone: z.string().trim().max(40).default(''),
  }),
]);
export type Actor = z.infer<typeof actorSchema>;

export const actionSchema = z.object({
  id: itemId,
  goalId: itemId,
  what: text(1000, 'Say what will be done, or remove the action.'),
  who: actorSchema,
  by: isoDate.nullable().default(null),
  done: z.boolean().default(false),
  ...visibility,
});
export type PlanAction = z.infer<typeof actionSchema>;

export const routeSchema = z.object({
  /** What this route is: "the children stay at home with a network safety plan". */
  summary: z.string().trim().max(2000).default(''),
  /** What has to happen, or not happen, for the case to move on to the next route. */
  trigger: z.string().trim().max(2000).default(''),
  /** By when the trigger is looked at. */
  triggerBy: isoDate.nullable().default(null),
});
export type Route = z.infer<typeof routeSchema>;
const emptyRoute = (): Route => ({ summary: '', trigger: '', triggerBy: null });
const aRoute = routeSchema.default(emptyRoute);

const unique = <T extends { id: string }>(list: T[]) =>
  new Set(list.map((x) => x.id)).size === list.length;

export const planContentSchema = z
  .object({
    goals: z
      .array(goalSchema)
      .max(50)
      .refine(unique, { error: 'Each goal has an id of its own.' })
      .default([]),
    actions: z
      .array(actionSchema)
      .max(200)
      .refine(unique, { error: 'Each action has an id of its own.' })
      .default([]),
    routes: z
      .object({ A: aRoute, B: aRoute, C: aRoute })
      .default(() => ({ A: emptyRoute(), B: emptyRoute(), C: emptyRoute() })),
    /** The route the case is on now; moving is a recorded decision with a reason. */
    active: z.enum(planRoutes).default('A'),
    /** An evaluation sooner than the programme's cadence, when needed. */
    evaluateBy: isoDate.nullable().default(null),
  })
  .superRefine((plan, ctx) => {
    const goals = new Set(plan.goals.map((g) => g.id));
    plan.actions.forEach((a, i) => {
      if (!goals.has(a.goalId))
        ctx.addIssue({
          code: 'custom',
          path: ['actions', i, 'goalId'],
          message: 'An action belongs to a goal of this plan.',
        });
    });
  });
export type PlanContent = z.infer<typeof planContentSchema>;
export type PlanContentInput = z.input<typeof planContentSchema>;

export const emptyPlan = (): PlanContent => planContentSchema.parse({});

/**
 * A professional keeps the family's own goals as they were: neither rewording nor removing them,
 * nor writing new ones in the family's name (the family portal is where the family does that).
 * Answers the ids of the family's goals the save would change.
 */
export function familyGoalsTouched(before: PlanContent, after: PlanContent): string[] {
  const next = new Map(after.goals.map((g) => [g.id, g]));
  const had = new Set(before.goals.map((g) => g.id));
  const touched = before.goals
    .filter((g) => g.author === 'family')
    .filter((g) => {
      const now = next.get(g.id);
      return now === undefined || now.text !== g.text || now.author !== 'family';
    })
    .map((g) => g.id);
  for (const g of after.goals) if (g.author === 'family' && !had.has(g.id)) touched.push(g.id);
  return touched;
}

/**
 * What the plan holds that the family sees: without team-only items and what is hidden from this
 * parent; when it is not known which parent reads (null), without anything hidden from anyone.
 */
export function planForFamily(plan: PlanContent, memberId: string | null): PlanContent {
  const sees = (item: { teamOnly: boolean; hiddenFrom: string[] }) =>
    !item.teamOnly &&
    (memberId === null ? item.hiddenFrom.length === 0 : !item.hiddenFrom.includes(memberId));
  const goals = plan.goals.filter(sees);
  const kept = new Set(goals.map((g) => g.id));
  return {
    ...plan,
    goals,
    actions: plan.actions.filter((a) => sees(a) && kept.has(a.goalId)),
  };
}

/** Actions not done whose date has passed (dates compared as Brussels calendar dates). */
export function actionsPastDate(plan: PlanContent, today: string): PlanAction[] {
  return plan.actions.filter((a) => !a.done && a.by !== null && a.by < today);
}
