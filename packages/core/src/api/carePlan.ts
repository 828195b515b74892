/** What the routes of a case's care plan take and answer. */
import { z } from 'zod';
import { planContentSchema, planRoutes, goalSchema } from '../carePlan/plan.ts';
import { planChangeSchema, planVersionSchema } from '../carePlan/versions.ts';
import { evaluationSchema } from '../carePlan/evaluation.ts';

const seen = z.number().int().nonnegative({ error: 'Name the version you saw (0: no plan yet).' });

export const evaluationScheduleSchema = z.object({
  dueOn: z.string(),
  remindOn: z.string(),
  escalateOn: z.string(),
  basis: z.enum(['cadence', 'sooner']),
});

export const casePlanSchema = z.object({
  /** The newest version; null while there is no plan yet. */
  current: planVersionSchema.nullable(),
  /** Every version, newest first, without its content (read one by its number). */
  versions: z.array(
    z.object({
      number: z.number().int(),
      change: planChangeSchema,
      createdAt: z.string(),
      createdBy: z.string(),
    }),
  ),
  /** When the next evaluation is due; null when the programme has no cadence and the plan no date. */
  nextEvaluation: evaluationScheduleSchema.nullable(),
  /** The programme's cadence in weeks, if it has one. */
  everyWeeks: z.number().int().nullable(),
});
export type CasePlan = z.infer<typeof casePlanSchema>;

export const planSaveSchema = z.object({
  version: seen,
  content: planContentSchema,
  note: z.string().trim().max(1000).default(''),
});
export type PlanSave = z.input<typeof planSaveSchema>;

export const planSwitchSchema = z.object({
  version: seen.min(1, { error: 'There is no plan to switch yet.' }),
  to: z.enum(planRoutes),
  reason: z.string().trim().min(3, { error: 'Say why the case moves to this plan.' }).max(2000),
});

export const planFromDecisionSchema = z.object({
  version: seen,
  meetingId: z.uuid({ error: 'A care table id is a UUID.' }),
  decisionId: z.string().min(1).max(40),
  /** The new goal's id (made on the device, so a retry adds nothing twice). */
  goalId: goalSchema.shape.id,
  domains: goalSchema.shape.domains,
});

export const planEvaluationInputSchema = z.object({
  version: seen.min(1, { error: 'There is no plan to evaluate yet.' }),
  evaluation: evaluationSchema,
  /** The plan as it goes on after the evaluation: the next version. */
  content: planContentSchema,
});
export type PlanEvaluationInput = z.input<typeof planEvaluationInputSchema>;
