/** What the family portal's routes take and answer, and what a coordinator sends to invite a parent. */
import { z } from 'zod';
import { languages } from './accounts.ts';
import { mobileNumberSchema } from '../contact/mobileNumber.ts';
import { goalSchema } from '../carePlan/plan.ts';
import { casePlanSchema } from './carePlan.ts';

export const parentInvitationSchema = z
  .object({
    /** The adult of the family details the account is for (what is hidden from them stays hidden). */
    memberId: z.string().min(1, { error: 'Choose which parent you invite.' }).max(40),
    /** The invitation goes by e-mail, or by text message to a mobile number: one of the two. */
    email: z
      .email({ error: 'Write an e-mail address like naam@voorbeeld.be.' })
      .max(200)
      .optional(),
    mobile: mobileNumberSchema.optional(),
    /** The language the invitation and the account's messages are written in (kept for the portal). */
    locale: z.enum(languages, { error: 'Choose one of the languages of the list.' }).default('nl'),
    /** For a child of 12 or older: why they get a view of their own (recorded with the account). */
    decision: z.string().max(1000).optional(),
  })
  .refine((v) => (v.email === undefined) !== (v.mobile === undefined), {
    error: 'Write the e-mail address or the mobile number the invitation goes to (one of the two).',
    path: ['email'],
  });
export type ParentInvitation = z.input<typeof parentInvitationSchema>;

export const parentInvitedSchema = z.object({
  userId: z.uuid(),
  memberId: z.string(),
  /** Where the invitation went: the e-mail address or the mobile number. */
  email: z.string().nullable(),
  mobile: z.string().nullable(),
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
  /** Whether this parent signs in with a passkey already (else the page offers one). */
  hasPasskey: z.boolean(),
  /** The agreements of the care tables held, each with this parent's answer (null: none yet). */
  agreements: z.array(
    z.object({
      meetingId: z.string(),
      heldOn: z.string(),
      agreementId: z.string(),
      text: z.string(),
      answer: z.object({ agreed: z.boolean(), comment: z.string() }).nullable(),
    }),
  ),
  /** The next care table the family is asked to, with its calendar file. */
  nextMeeting: z
    .object({
      id: z.string(),
      startsAt: z.string(),
      minutes: z.number().int(),
      place: z.string(),
      purpose: z.string(),
      agenda: z.array(z.string()),
    })
    .nullable(),
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

/** Who may see our file: the organisation that holds it, and those it is shared with. */
export const portalSharingSchema = z.object({
  /** It keeps the file on another ground than the family's agreement (the help asked of it). */
  holder: z.object({ organizationId: z.uuid(), name: z.string() }),
  /** Shares under art. 74: they count only while the family's agreement is given. */
  shares: z.array(
    z.object({
      organizationId: z.uuid(),
      name: z.string(),
      legalBasis: z.string(),
      agreement: z.enum(['given', 'withdrawn', 'refused']),
      recordedAt: z.string(),
    }),
  ),
});
export type PortalSharing = z.infer<typeof portalSharingSchema>;

export const agreementChangeSchema = z.object({
  agreement: z.enum(['given', 'withdrawn'], { error: 'Choose to give or to withdraw.' }),
});

/** One look at our file, in the words the family reads it. */
export const portalLookSchema = z.object({
  at: z.string(),
  who: z.string().nullable(),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  /** What they did: read, changed, printed, exported, emergency access, read the trail. */
  what: z.string(),
  /** The part of the file, where the trail names it (the plan, the family, …). */
  part: z.string().nullable(),
  /** For emergency access (break-the-glass): the reason they gave. */
  reason: z.string().nullable(),
});
export const portalLooksSchema = z.object({ looks: z.array(portalLookSchema) });
export type PortalLook = z.infer<typeof portalLookSchema>;

/** Our own 0–10 score (how safe it is now), kept as ours next to everyone else's. */
export const familyScoreInputSchema = z.object({
  score: z
    .number({ error: 'Choose a number from 0 to 10.' })
    .int({ error: 'Choose a number from 0 to 10.' })
    .min(0, { error: 'Choose a number from 0 to 10.' })
    .max(10, { error: 'Choose a number from 0 to 10.' }),
  note: z.string().trim().max(500).default(''),
});
export type FamilyScoreInput = z.input<typeof familyScoreInputSchema>;

/** A message between the family and its contact person. */
export const familyMessageSchema = z.object({
  id: z.uuid(),
  fromName: z.string(),
  fromFamily: z.boolean(),
  /** Written by the one reading it. */
  mine: z.boolean(),
  text: z.string(),
  at: z.string(),
});
export type FamilyMessage = z.infer<typeof familyMessageSchema>;
export const familyMessagesSchema = z.object({ messages: z.array(familyMessageSchema) });
export const familyMessageInputSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, { error: 'Write your message first.' })
    .max(2000, { error: 'Keep a message under 2000 characters.' }),
});

/** A parent's answer to an agreement of a care table: agreed or not, with a comment. */
export const agreementAnswerSchema = z.object({
  agreed: z.boolean({ error: 'Say whether you agree.' }),
  comment: z.string().trim().max(1000).default(''),
});
export type AgreementAnswer = z.input<typeof agreementAnswerSchema>;

export const agendaWishSchema = z.object({
  text: z
    .string()
    .trim()
    .min(3, { error: 'Write what you want to talk about in a few words.' })
    .max(250, { error: 'Keep it under 250 characters.' }),
});

/** Who of the family has access to the portal, as the case team sees it. */
export const portalAccountsSchema = z.object({
  accounts: z.array(
    z.object({
      memberId: z.string().nullable(),
      name: z.string(),
      /** Where the account is reached and signs in: an e-mail address or a mobile number. */
      email: z.string(),
      /** The invitation was accepted (else it waits). */
      accepted: z.boolean(),
      /** For a child of 12 or older: the decision on record. */
      childView: z
        .object({ reason: z.string(), decidedBy: z.string(), decidedAt: z.string() })
        .nullable(),
    }),
  ),
});
export type PortalAccounts = z.infer<typeof portalAccountsSchema>;
