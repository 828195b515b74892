/** The backpack budget of a case, its ledger, and the funds, as the API answers them. */
import { z } from 'zod';
import { budgetCategories, entryKinds } from '../budget/ledger.ts';
import { centsSchema } from '../budget/money.ts';
import { provinceCodes } from '../geography/provinces.ts';

const labels = z.object({ nl: z.string(), en: z.string() });

export const grantBudgetInputSchema = z.object({
  /** The programme whose rules and fund the budget follows (one of the case's programmes). */
  programmeKey: z.string().min(1).max(80),
  startsOn: z.iso.date({ error: 'A date is written as YYYY-MM-DD.' }),
  /** At most the programme's maximum; the programme's maximum when not given. */
  maximumCents: centsSchema.optional(),
  /** The budget complements the regular offer: why the regular offer does not suffice. */
  justification: z
    .string()
    .trim()
    .min(10, { error: 'Say why the regular offer does not suffice (at least 10 characters).' })
    .max(2000, { error: 'A justification is at most 2000 characters.' }),
});
export type GrantBudgetInput = z.infer<typeof grantBudgetInputSchema>;

export const extensionRequestSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(10, { error: 'Say why the budget needs more time (at least 10 characters).' })
    .max(2000, { error: 'A reason is at most 2000 characters.' }),
});
export type ExtensionRequest = z.infer<typeof extensionRequestSchema>;

export const extensionDecisionSchema = z.object({
  approved: z.boolean(),
  note: z.string().trim().max(2000).default(''),
});
export type ExtensionDecision = z.infer<typeof extensionDecisionSchema>;

export const extensionStatuses = ['requested', 'approved', 'refused'] as const;

export const extensionViewSchema = z.object({
  status: z.enum(extensionStatuses),
  months: z.number().int(),
  reason: z.string(),
  requestedAt: z.string(),
  requestedBy: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  note: z.string(),
});
export type ExtensionView = z.infer<typeof extensionViewSchema>;

export const entryViewSchema = z.object({
  id: z.string(),
  kind: z.enum(entryKinds),
  category: z.enum(budgetCategories),
  amountCents: z.number().int(),
  actionId: z.string().nullable(),
  serviceId: z.string().nullable(),
  provider: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  paidOn: z.string().nullable(),
  commitmentId: z.string().nullable(),
  reverses: z.string().nullable(),
  /** Cancelled by a later reversal. */
  reversed: z.boolean(),
  /** A standing commitment: what is paid of it. */
  paidCents: z.number().int().nullable(),
  note: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type EntryView = z.infer<typeof entryViewSchema>;

export const budgetViewSchema = z.object({
  caseId: z.string(),
  programmeKey: z.string(),
  programmeName: labels,
  fund: z.object({ id: z.string(), region: z.enum(provinceCodes), year: z.number().int() }),
  maximumCents: z.number().int(),
  residentialLimitCents: z.number().int(),
  residentialPercent: z.number().int(),
  startsOn: z.string(),
  /** The last day, with the extension once approved. */
  endsOn: z.string(),
  justification: z.string(),
  extension: extensionViewSchema.nullable(),
  /** The programme allows an extension and none was approved or is waiting. */
  canRequestExtension: z.boolean(),
  extensionMonths: z.number().int().nullable(),
  approverRole: z.string().nullable(),
  committedCents: z.number().int(),
  residentialCents: z.number().int(),
  paidCents: z.number().int(),
  remainingCents: z.number().int(),
  entries: z.array(entryViewSchema),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type BudgetView = z.infer<typeof budgetViewSchema>;

/** What a case may be given: its programmes with budget rules. */
export const budgetOptionsSchema = z.object({
  budget: budgetViewSchema.nullable(),
  programmes: z.array(
    z.object({
      key: z.string(),
      name: labels,
      maximumCents: z.number().int(),
      periodMonths: z.number().int(),
      residentialPercent: z.number().int(),
    }),
  ),
});
export type BudgetOptions = z.infer<typeof budgetOptionsSchema>;

export const fundViewSchema = z.object({
  id: z.string(),
  programmeKey: z.string(),
  region: z.enum(provinceCodes),
  year: z.number().int(),
  backpackCents: z.number().int(),
  structuralCents: z.number().int(),
  backpackCommittedCents: z.number().int(),
  structuralSpentCents: z.number().int(),
});
export type FundView = z.infer<typeof fundViewSchema>;

/** A pending extension, as its approver sees it: figures and the reason, no family. */
export const pendingExtensionSchema = z.object({
  caseId: z.string(),
  caseReference: z.string(),
  programmeName: labels,
  reason: z.string(),
  requestedAt: z.string(),
  requestedBy: z.string(),
  endsOn: z.string(),
  maximumCents: z.number().int(),
  committedCents: z.number().int(),
});
export type PendingExtension = z.infer<typeof pendingExtensionSchema>;

export const budgetReportRowSchema = z.object({
  programmeKey: z.string(),
  region: z.string(),
  year: z.number().int(),
  fundKind: z.enum(['backpack', 'structural']),
  category: z.enum(budgetCategories),
  provider: z.string(),
  committedCents: z.number().int(),
  paidCents: z.number().int(),
  lines: z.number().int(),
});
export type BudgetReportRow = z.infer<typeof budgetReportRowSchema>;
