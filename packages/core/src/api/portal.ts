/** What the family portal's routes take and answer, and what a coordinator sends to invite a parent. */
import { z } from 'zod';
import { goalSchema } from '../carePlan/plan.ts';
import { casePlanSchema } from './carePlan.ts';

export const parentInvitationSchema = z.object({
  /** The adult of the family details the account is for (what is hidden from them stays hidden). */
  memberId: z.string().min(1, { error: 'Choose which parent you invite.' }).max(40),
  email: z.email({ error: 'Write an e-mail address like naam@voorbeeld.be.' }).max(200),
  locale: z.enum(['nl', 'en']).default('nl'),
});
export type ParentInvitation = z.input<typeof parentInvitationSchema>;

export const parentInvitedSchema = z.object({
  userId: z.uuid(),
  memberId: z.string(),
  email: z.string(),
});

/** A family the signed-in parent belongs to, with its open case. */
export const portalFamilySchema = z.object({
  caseId: z.uuid(),
  familyName: z.string(),
  status: z.string(),
});
export const portalFamiliesSchema = z.object({ families: z.array(portalFamilySchema) });

/** Our plan: what the plan holds for this parent, and who our contact person is. */
export const portalPlanSchema = z.object({
  caseId: z.uuid(),
  familyName: z.string(),
  contact: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  plan: casePlanSchema,
});
export type PortalPlan = z.infer<typeof portalPlanSchema>;

/** A goal the family writes: added to the newest version, whoever saved in between. */
export const familyGoalInputSchema = z.object({
  /** Made on the device, so a retry adds nothing twice. */
  goalId: goalSchema.shape.id,
  text: z
    .string()
    .trim()
    .min(3, { error: 'Write your goal in a few words.' })
    .max(1000, { error: 'Keep it under 1000 characters.' }),
  priority: goalSchema.shape.priority,
  domains: goalSchema.shape.domains,
});
export type FamilyGoalInput = z.input<typeof familyGoalInputSchema>;
