/**
 * The ledger of a backpack budget: append-only. A commitment reserves money for a plan action
 * with a provider; a payment settles (part of) a commitment; a correction is a reversal entry that
 * cancels one earlier entry, after which a new entry can be made. The balances are sums over the
 * entries, and every rule is checked against them before an entry is written.
 */
import { z } from 'zod';
import { formatEuro, positiveCentsSchema } from './money.ts';

export const budgetCategories = [
  'stay',
  'coaching',
  'safety_planning',
  'foster_care',
  'maternity_care',
  'childcare',
  'other',
] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

/** Residential stay (verblijf) at a CKG or CIG: at most the programme's share of the maximum. */
export const isResidential = (category: BudgetCategory): boolean => category === 'stay';

export const entryKinds = ['commitment', 'payment', 'reversal'] as const;
export type EntryKind = (typeof entryKinds)[number];

const isoDate = z.iso.date({ error: 'A date is written as YYYY-MM-DD.' });
const note = z.string().trim().max(500, { error: 'A note is at most 500 characters.' }).default('');

export const commitmentInputSchema = z
  .object({
    /** The care plan action this pays for. */
    actionId: z.string({ error: 'Pick the plan action this pays for.' }).min(1).max(40),
    /** The provider, a service of the social map. */
    serviceId: z.uuid({ error: 'Pick the provider on the social map.' }),
    category: z.enum(budgetCategories, { error: 'Pick what kind of help this is.' }),
    from: isoDate,
    to: isoDate,
    amountCents: positiveCentsSchema,
    note,
  })
  .refine((c) => c.to >= c.from, {
    error: 'The last day comes on or after the first day.',
    path: ['to'],
  });
export type CommitmentInput = z.infer<typeof commitmentInputSchema>;

export const paymentInputSchema = z.object({
  commitmentId: z.uuid({ error: 'Say which commitment is paid.' }),
  paidOn: isoDate,
  amountCents: positiveCentsSchema,
  note,
});
export type PaymentInput = z.infer<typeof paymentInputSchema>;

export const reversalInputSchema = z.object({
  entryId: z.uuid({ error: 'Say which entry is corrected.' }),
  reason: z
    .string()
    .trim()
    .min(3, { error: 'Say why this entry is corrected.' })
    .max(500, { error: 'A reason is at most 500 characters.' }),
});
export type ReversalInput = z.infer<typeof reversalInputSchema>;

/** What the balances need of an entry. */
export type LedgerEntry = {
  id: string;
  kind: EntryKind;
  category: BudgetCategory;
  amountCents: number;
  /** A payment: the commitment it settles. */
  commitmentId: string | null;
  /** A reversal: the entry it cancels. */
  reverses: string | null;
};

export type Balance = {
  /** Committed and not reversed. */
  committedCents: number;
  /** Of that, residential stay. */
  residentialCents: number;
  /** Paid and not reversed. */
  paidCents: number;
  /** Per commitment still standing: what is paid of it. */
  paidOf: Map<string, number>;
  /** Entries cancelled by a reversal. */
  reversed: Set<string>;
};

export function balanceOf(entries: readonly LedgerEntry[]): Balance {
  const reversed = new Set(entries.flatMap((e) => (e.reverses === null ? [] : [e.reverses])));
  const balance: Balance = {
    committedCents: 0,
    residentialCents: 0,
    paidCents: 0,
    paidOf: new Map(),
    reversed,
  };
  for (const e of entries) {
    if (reversed.has(e.id)) continue;
    switch (e.kind) {
      case 'commitment':
        balance.committedCents += e.amountCents;
        if (isResidential(e.category)) balance.residentialCents += e.amountCents;
        balance.paidOf.set(e.id, balance.paidOf.get(e.id) ?? 0);
        break;
      case 'payment':
        balance.paidCents += e.amountCents;
        if (e.commitmentId !== null)
          balance.paidOf.set(
            e.commitmentId,
            (balance.paidOf.get(e.commitmentId) ?? 0) + e.amountCents,
          );
        break;
      case 'reversal':
        break;
    }
  }
  return balance;
}

/** The rule an entry would break, with the figures to say by how much. */
export type BudgetRefusal =
  | { rule: 'outside_period'; startsOn: string; endsOn: string }
  | { rule: 'case_maximum'; wouldBeCents: number; limitCents: number }
  | { rule: 'residential_share'; wouldBeCents: number; limitCents: number }
  | { rule: 'fund'; wouldBeCents: number; limitCents: number }
  | { rule: 'overpaid'; wouldBeCents: number; limitCents: number };

export type BudgetLimits = {
  startsOn: string;
  endsOn: string;
  maximumCents: number;
  residentialLimitCents: number;
};

/** The fund the money comes from: what it holds and what all its budgets committed together. */
export type FundState = { amountCents: number; committedCents: number };

/** Why a commitment may not be written, or null when every rule allows it. */
export function refuseCommitment(
  line: Pick<CommitmentInput, 'from' | 'to' | 'category' | 'amountCents'>,
  balance: Pick<Balance, 'committedCents' | 'residentialCents'>,
  limits: BudgetLimits,
  fund: FundState,
): BudgetRefusal | null {
  if (line.from < limits.startsOn || line.to > limits.endsOn)
    return { rule: 'outside_period', startsOn: limits.startsOn, endsOn: limits.endsOn };
  const total = balance.committedCents + line.amountCents;
  if (total > limits.maximumCents)
    return { rule: 'case_maximum', wouldBeCents: total, limitCents: limits.maximumCents };
  if (isResidential(line.category)) {
    const residential = balance.residentialCents + line.amountCents;
    if (residential > limits.residentialLimitCents)
      return {
        rule: 'residential_share',
        wouldBeCents: residential,
        limitCents: limits.residentialLimitCents,
      };
  }
  const fundTotal = fund.committedCents + line.amountCents;
  if (fundTotal > fund.amountCents)
    return { rule: 'fund', wouldBeCents: fundTotal, limitCents: fund.amountCents };
  return null;
}

/** Why a payment may not be written: never more paid on a commitment than it commits. */
export function refusePayment(
  amountCents: number,
  commitmentCents: number,
  paidCents: number,
): BudgetRefusal | null {
  const total = paidCents + amountCents;
  return total > commitmentCents
    ? { rule: 'overpaid', wouldBeCents: total, limitCents: commitmentCents }
    : null;
}

/** The refusal in words, with the amounts (English: the API's message; pages use their locale). */
export function refusalMessage(refusal: BudgetRefusal, locale = 'en-BE'): string {
  const euro = (c: number) => formatEuro(c, locale);
  switch (refusal.rule) {
    case 'outside_period':
      return `The budget runs from ${refusal.startsOn} to ${refusal.endsOn}; spending outside that period is not possible.`;
    case 'case_maximum':
      return `This would put the case's budget at ${euro(refusal.wouldBeCents)}, the maximum is ${euro(refusal.limitCents)}.`;
    case 'residential_share':
      return `This would put residential stay at ${euro(refusal.wouldBeCents)}, the limit is ${euro(refusal.limitCents)}.`;
    case 'fund':
      return `This would put the region's backpack fund at ${euro(refusal.wouldBeCents)} committed, it holds ${euro(refusal.limitCents)}.`;
    case 'overpaid':
      return `This would pay ${euro(refusal.wouldBeCents)} on a commitment of ${euro(refusal.limitCents)}.`;
  }
}
