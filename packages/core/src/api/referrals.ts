/** What the referral routes answer, as schemas shared by the server's routes and the pages. */
import { z } from 'zod';
import { referralDraftSchema } from '../programmes/referral.ts';

const instant = z.string();
const labels = z.object({ nl: z.string(), en: z.string() });

export const deadlineSchema = z.object({
  id: z.string(),
  label: labels,
  dueAt: instant,
  metAt: instant.nullable(),
  overdue: z.boolean(),
});
export type DeadlineView = z.infer<typeof deadlineSchema>;

export const eligibilitySchema = z.object({
  eligible: z.boolean().nullable(),
  rules: z.array(
    z.object({
      rule: z.enum(['age', 'region', 'situations', 'conditions']),
      status: z.enum(['met', 'not_met', 'unknown']),
      explanation: labels,
    }),
  ),
});

const byWhom = z.object({ by: z.string(), at: instant });

/** A message in the thread between the two sides of a referral. */
export const referralMessageSchema = z.object({
  at: instant,
  by: z.string(),
  side: z.enum(['referrer', 'receiver']),
  text: z.string(),
});
export type ReferralMessage = z.infer<typeof referralMessageSchema>;

/** A referrer without an account who phoned a referral in: they hear the status by e-mail. */
export const externalReferrerSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, { error: 'Type the name of the person who referred.' })
    .max(200, { error: 'A name has at most 200 characters.' }),
  organization: z
    .string()
    .trim()
    .min(2, { error: 'Type the organisation of the referrer, e.g. the practice or the school.' })
    .max(200, { error: 'An organisation has at most 200 characters.' }),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ./()-]{8,20}$/, { error: 'Type a phone number, e.g. 011 23 45 67.' }),
  email: z.email({ error: 'Type the e-mail address of the referrer, e.g. naam@praktijk.be.' }),
});
export type ExternalReferrer = z.infer<typeof externalReferrerSchema>;

/** The ways a service takes referrals outside Omringd, from its social-map record. */
export const externalRouteKinds = ['phone', 'email', 'website', 'other'] as const;
export const externalRouteSchema = z.object({
  kind: z.enum(externalRouteKinds),
  /** The number, address or page used; for other, what was done. */
  value: z.string().trim().min(1).max(300),
  note: z.string().trim().max(2000).default(''),
  at: instant,
  by: z.string(),
});
export type ExternalRoute = z.infer<typeof externalRouteSchema>;

/** Who can receive a referral in Omringd, and the service's own routes when no one can. */
export const reachSchema = z.object({
  receivable: z.boolean(),
  organizationName: z.string(),
  routes: z.array(
    z.object({ kind: z.enum(externalRouteKinds), value: z.string(), label: z.string() }),
  ),
});
export type Reach = z.infer<typeof reachSchema>;

/** Where referrals reach no one in Omringd, for the network coordinator: no family data. */
export const undeliverableSchema = z.object({
  organizationName: z.string(),
  serviceName: z.string().nullable(),
  programmeName: labels.nullable(),
  /** Whether someone can receive referrals there now. */
  receivable: z.boolean(),
  /** Sent through the service's own route. */
  external: z.number().int(),
  /** Sent in Omringd and waiting where no one is on intake. */
  waitingWithoutReceiver: z.number().int(),
  lastSentAt: instant,
});
export type Undeliverable = z.infer<typeof undeliverableSchema>;

export const referralViewSchema = z.object({
  id: z.uuid(),
  status: z.string(),
  programmeKey: z.string().nullable(),
  serviceId: z.uuid().nullable(),
  receivingOrganizationName: z.string(),
  content: referralDraftSchema,
  flaggedIneligible: z.boolean(),
  eligibility: eligibilitySchema.nullable(),
  routedTo: z.enum(['coordinator', 'duty_line', 'organization', 'external']).nullable(),
  externalReferrer: externalReferrerSchema.nullable(),
  externalRoute: externalRouteSchema.nullable(),
  followUpAt: instant.nullable(),
  assignedTo: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  /** The contact person's ways to be reached, once one has taken the referral up. */
  contactPerson: z
    .object({ displayName: z.string(), email: z.string(), phone: z.string().nullable() })
    .nullable(),
  referrer: z.object({ displayName: z.string() }),
  registeredBy: z.object({ displayName: z.string() }).nullable(),
  serviceName: z.string().nullable(),
  careTable: z.object({ agreedAt: instant.nullable(), heldAt: instant.nullable() }).nullable(),
  viewerSides: z.array(z.enum(['referrer', 'receiver'])),
  dutyLine: z
    .object({
      name: z.string(),
      contacts: z.array(z.object({ kind: z.enum(['phone', 'email']), value: z.string() })),
    })
    .nullable(),
  consent: z.object({
    discussedWithParents: byWhom.nullable(),
    agreementToShare: z.enum(['given', 'refused', 'not_asked']),
    agreementRecorded: byWhom.nullable(),
    legalBasis: z.string().nullable(),
  }),
  caseId: z.uuid().nullable(),
  outcomeReason: z.string().nullable(),
  /** The last feedback given with a step (kept for the FHIR facade); the thread is in messages. */
  feedback: z.string(),
  messages: z.array(referralMessageSchema),
  /** For the referrer of a draft: can anyone in Omringd receive it, and else the service's routes. */
  reach: reachSchema.nullable(),
  deadlines: z.array(deadlineSchema),
  /** A running referral's end by the programme's maximum duration (from its acceptance). */
  durationEndsAt: instant.nullable(),
  createdAt: instant,
  sentAt: instant.nullable(),
  updatedAt: instant,
});
export type ReferralView = z.infer<typeof referralViewSchema>;

/**
 * A referral before it exists: what the empty form needs to show (who receives it, whether anyone
 * in Omringd can). The draft is stored only when the referrer first types something.
 */
export const referralStartSchema = referralViewSchema.pick({
  programmeKey: true,
  serviceId: true,
  serviceName: true,
  receivingOrganizationName: true,
  reach: true,
  content: true,
});
export type ReferralStart = z.infer<typeof referralStartSchema>;

export const attachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: instant,
});
export type AttachmentView = z.infer<typeof attachmentSchema>;

/** The eligibility check while typing: each rule explained, and the child's age for the search. */
export const eligibilityAnswerSchema = eligibilitySchema.extend({
  searchAge: z.union([z.number().int(), z.literal('pregnant')]).nullable(),
});
export type EligibilityAnswer = z.infer<typeof eligibilityAnswerSchema>;
