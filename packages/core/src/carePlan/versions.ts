/**
 * The care plan is kept as numbered versions: every save is a new version, and each says why it
 * came (a save, a switch of route with its reason, an evaluation, a decision of a care table).
 * An earlier version is never changed.
 */
import { z } from 'zod';
import { planContentSchema, planRoutes } from './plan.ts';
import { evaluationSchema } from './evaluation.ts';

export const planChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), note: z.string().trim().max(1000).default('') }),
  z.object({
    kind: z.literal('switched'),
    from: z.enum(planRoutes),
    to: z.enum(planRoutes),
    reason: z.string().trim().min(1).max(2000),
  }),
  z.object({ kind: z.literal('evaluated') }),
  /** The family wrote in its own part of the plan (family portal). */
  z.object({ kind: z.literal('family_wrote'), goalId: z.string().min(1).max(40) }),
  z.object({
    kind: z.literal('from_decision'),
    meetingId: z.uuid(),
    decisionId: z.string().min(1).max(40),
  }),
]);
export type PlanChange = z.infer<typeof planChangeSchema>;

export const planVersionSchema = z.object({
  number: z.number().int().min(1),
  content: planContentSchema,
  change: planChangeSchema,
  evaluation: evaluationSchema.nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;
