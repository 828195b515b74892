/** What the family routes of a case file take and answer. */
import { z } from 'zod';
import { familyDetailsSchema } from '../caseFile/family.ts';

const labels = z.object({ nl: z.string(), en: z.string() });

export const caseFamilySchema = z.object({
  /** 0 while nothing was recorded; a save names the version it changes. */
  version: z.number().int().nonnegative(),
  family: familyDetailsSchema,
  updatedAt: z.string().nullable(),
});
export type CaseFamily = z.infer<typeof caseFamilySchema>;

export const familySaveSchema = z.object({
  version: z.number().int().nonnegative(),
  family: familyDetailsSchema,
});

export const birthInputSchema = z.object({
  version: z.number().int().nonnegative(),
  memberId: z.string().min(1).max(40),
  name: z.string().trim().max(200).default(''),
  birthDate: z.iso.date({ error: 'A date of birth is YYYY-MM-DD.' }),
});

/** A programme window that counts from the birth, before (from the due date) and now. */
export const windowMoveSchema = z.object({
  programmeKey: z.string(),
  programmeName: labels,
  before: z.string(),
  after: z.string(),
});

export const birthRecordedSchema = caseFamilySchema.extend({
  moves: z.array(windowMoveSchema),
  /** A born child makes steps possible that waited for the birth (an OCJ's referral to the Parket). */
  bornChild: z.boolean(),
});
export type BirthRecordedView = z.infer<typeof birthRecordedSchema>;
