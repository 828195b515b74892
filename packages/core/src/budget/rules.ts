/**
 * The backpack budget (rugzakfinanciering) as programme data: a maximum per case, a period of so
 * many months, at most one extension approved by a role the programme names, and the share of
 * the maximum that may go to residential stay. The numbers come from the programme, not code.
 */
import { z } from 'zod';
import { DateTime } from 'luxon';
import { roles } from '../access/roles.ts';
import { centsSchema } from './money.ts';

export const budgetRulesSchema = z.object({
  /** The most one case may be given, in cents. */
  maximumCents: centsSchema.refine((c) => c > 0, { error: 'A budget maximum is above zero.' }),
  /** How long a budget runs from its first day (Zorggarantie: 3 months). */
  periodMonths: z.number().int().min(1).max(24),
  /** The one extension a budget may get, and who approves it; null: no extension. */
  extension: z
    .object({
      months: z.number().int().min(1).max(24),
      approverRole: z.enum(roles),
    })
    .nullable(),
  /** The share of the maximum that may go to residential stay (verblijf), in percent. */
  residentialPercent: z.number().int().min(0).max(100),
  /** Budgets ending within so many days appear in the coordinator's task list. */
  warnDaysBefore: z.number().int().min(0).max(60).default(14),
});
export type BudgetRules = z.infer<typeof budgetRulesSchema>;
export type BudgetRulesInput = z.input<typeof budgetRulesSchema>;

/** What may go to residential stay out of a maximum (rounded down to the cent). */
export function residentialLimit(maximumCents: number, percent: number): number {
  return Math.floor((maximumCents * percent) / 100);
}

/**
 * The last day of a period of `months` that starts on `startsOn` (both days count): 3 months
 * from 15 January ends on 14 April; from 31 January, on 29 April (April has no 31st).
 */
export function periodEndsOn(startsOn: string, months: number): string {
  const start = DateTime.fromISO(startsOn, { zone: 'utc' });
  return start.plus({ months }).minus({ days: 1 }).toISODate() ?? startsOn;
}

/** The budget's last day: its period, plus the extension once approved. */
export function budgetEndsOn(
  startsOn: string,
  rules: Pick<BudgetRules, 'periodMonths'>,
  extensionMonths: number | null,
): string {
  return periodEndsOn(startsOn, rules.periodMonths + (extensionMonths ?? 0));
}
