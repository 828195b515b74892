/** What the sign-in and administration routes answer, shared by the server's routes and the pages. */
import { z } from 'zod';
import { roles } from '../access/roles.ts';

/** The languages a person can read Omringd in: Dutch and English everywhere, the others in the portal. */
export const languages = ['nl', 'en', 'fr', 'ar', 'tr', 'pl', 'uk'] as const;
export type Language = (typeof languages)[number];
export const languageChoiceSchema = z.object({
  language: z.enum(languages, { error: 'Choose one of the languages of the list.' }),
});

/** A professional's e-mails are in Dutch or English (another language reads the Dutch, the official one); a family's come in each of the portal's languages. */
export const mailLanguage = (language: Language): 'nl' | 'en' => (language === 'en' ? 'en' : 'nl');

const role = z.enum(roles);

export const membershipViewSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  role,
  regionProvinces: z.array(z.string()),
});
export type MembershipView = z.infer<typeof membershipViewSchema>;

export const sessionViewSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('pending'),
    pendingStep: z.enum(['totp', 'totp_enrolment', 'email_code']).nullable(),
    csrfToken: z.string(),
  }),
  z.object({
    state: z.literal('signed_in'),
    csrfToken: z.string(),
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      /** The language chosen once and kept (the portal's seven; staff pages speak nl or en). */
      locale: z.enum(languages),
      phone: z.string().nullable(),
    }),
    memberships: z.array(membershipViewSchema),
    rights: z.array(z.string()),
  }),
]);
export type SessionView = z.infer<typeof sessionViewSchema>;

export const organizationChoiceSchema = z.object({ id: z.uuid(), name: z.string() });
export type OrganizationChoice = z.infer<typeof organizationChoiceSchema>;

export const teamViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
});
export type TeamView = z.infer<typeof teamViewSchema>;

export const userSummarySchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  status: z.enum(['invited', 'active', 'deactivated']),
  secondFactor: z.boolean(),
  memberships: z.array(membershipViewSchema.omit({ regionProvinces: true })),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

/** What inviting or changing a role did: done, or waiting for a second administrator. */
export const grantAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('invited'), userId: z.uuid(), invitationId: z.uuid() }),
  z.object({ status: z.literal('role_changed'), membershipId: z.uuid(), role }),
  z.object({ status: z.literal('awaiting_approval'), grantId: z.uuid() }),
  z.object({ status: z.literal('rejected'), grantId: z.uuid() }),
]);
export type GrantAnswer = z.infer<typeof grantAnswerSchema>;

export const roleGrantViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['invitation', 'role_change']),
  organizationId: z.uuid(),
  organizationName: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.string(),
  requestedBy: z.uuid(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  /** This administrator may approve or reject it (not the one who asked, not the grantee). */
  mayDecide: z.boolean(),
});
export type RoleGrantView = z.infer<typeof roleGrantViewSchema>;

export const outboxMailSchema = z.object({
  id: z.uuid(),
  /** An e-mail, or a text message to a family's mobile number (no subject). */
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMail = z.infer<typeof outboxMailSchema>;

/** What a person keeps up to date about themselves: the work phone referrers call. */
export const profileUpdateSchema = z.object({
  phone: z
    .string()
    .trim()
    .regex(/^(\+?[0-9 ./()-]{8,20})?$/, {
      error: 'Type a phone number, e.g. 011 23 45 67, or leave it empty.',
    })
    .transform((v) => (v === '' ? null : v)),
});
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;
