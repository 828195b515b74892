/**
 * A programme's yearly fund per region. From 2023 the sources split it: half backpack budget
 * (rugzakfinanciering, spent per case), half structural offer (spent on the region's offer, not
 * per case). Both kinds of money are tracked; a case's commitments draw on the backpack half.
 */
import { z } from 'zod';
import { provinceCodes } from '../geography/provinces.ts';
import { centsSchema, positiveCentsSchema } from './money.ts';
import { budgetCategories } from './ledger.ts';

export const fundKinds = ['backpack', 'structural'] as const;
export type FundKind = (typeof fundKinds)[number];

export const fundInputSchema = z.object({
  programmeKey: z.string().min(1).max(80),
  /** The region the fund serves: a province code (e.g. "VLI" for Limburg). */
  region: z.enum(provinceCodes, { error: 'A region is a province code such as VLI.' }),
  year: z.number().int().min(2020).max(2100),
  backpackCents: centsSchema,
  structuralCents: centsSchema,
});
export type FundInput = z.infer<typeof fundInputSchema>;

/** Spending on the structural offer: from the fund, for a provider, not for one case. */
export const structuralSpendingSchema = z.object({
  serviceId: z.uuid({ error: 'Pick the provider on the social map.' }),
  category: z.enum(budgetCategories),
  spentOn: z.iso.date({ error: 'A date is written as YYYY-MM-DD.' }),
  amountCents: positiveCentsSchema,
  note: z.string().trim().max(500).default(''),
});
export type StructuralSpending = z.infer<typeof structuralSpendingSchema>;
