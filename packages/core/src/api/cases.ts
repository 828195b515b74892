/**
 * What the case routes answer, as schemas: the server declares them on its routes (they become
 * the OpenAPI document and strip anything not named here), the pages read the same types.
 */
import { z } from 'zod';
import { referralMessageSchema } from './referrals.ts';

const instant = z.string();

export const caseAccessBases = [
  'case_team',
  'case_team_shared',
  'coordinator',
  'break_glass',
  'referrer',
  'parent',
  'supporter',
] as const;

export const restrictedValueSchema = z.union([
  z.object({ visible: z.literal(true), value: z.string() }),
  z.object({ visible: z.literal(false) }),
]);

export const caseViewSchema = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  familyLabel: z.string(),
  organizationId: z.uuid(),
  title: z.string(),
  concern: z.string(),
  status: z.enum(['open', 'closed']),
  restricted: z.record(z.string(), restrictedValueSchema),
  accessBasis: z.enum(caseAccessBases),
  team: z.array(
    z.object({
      userId: z.uuid(),
      displayName: z.string(),
      caseRole: z.enum(['coordinator', 'member']),
      organizationId: z.uuid(),
    }),
  ),
  shares: z.array(
    z.object({
      organizationId: z.uuid(),
      organizationName: z.string(),
      legalBasis: z.string(),
      agreement: z.enum(['given', 'withdrawn', 'refused']),
      agreementRecordedAt: instant,
    }),
  ),
  updatedAt: instant,
});
export type CaseView = z.infer<typeof caseViewSchema>;

export const caseSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  familyLabel: z.string(),
  status: z.enum(['open', 'closed']),
  caseRole: z.enum(['coordinator', 'member']),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/** What a referrer is told about the case that followed: status, feedback, the contact person. */
export const referralStatusSchema = z.object({
  caseId: z.uuid(),
  status: z.string(),
  /** The last feedback (kept for older clients); the whole thread is in messages. */
  feedback: z.string(),
  messages: z.array(referralMessageSchema),
  contactPerson: z
    .object({ displayName: z.string(), email: z.string(), phone: z.string().nullable() })
    .nullable(),
  updatedAt: instant,
});
export type ReferralStatusView = z.infer<typeof referralStatusSchema>;

export const auditLineSchema = z.object({
  at: instant,
  action: z.string(),
  outcome: z.string(),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  role: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  purpose: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditLine = z.infer<typeof auditLineSchema>;

export const caseloadSchema = z.object({
  open: z.number().int(),
  closed: z.number().int(),
  breakGlassLast30Days: z.number().int(),
});

export const breakGlassGrantSchema = z.object({ expiresAt: instant });
