/**
 * What every ledger entry of a case goes through: the guard on the case, the budget row locked
 * (then the fund's, in that order everywhere, so two writers never wait on each other in a
 * circle), and the budget read back after the entry.
 */
import type { BudgetView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { budgetViewWithin, noBudget, openCaseOnly, professionalOnly } from './budgetAccess.ts';
import { entriesOfCase, lockBudget, type BudgetRow, type EntryRow } from './queries.ts';

export type Locked = { c: CaseAccess; budget: BudgetRow; entries: EntryRow[] };

export async function writeToLedger(
  ctx: AccessContext,
  caseId: string,
  fn: (locked: Locked) => Promise<Record<string, unknown>>,
): Promise<BudgetView> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      professionalOnly(c);
      openCaseOnly(c);
      const budget = await lockBudget(c.tx, caseId);
      if (budget === undefined) throw noBudget();
      const noted = await fn({ c, budget, entries: await entriesOfCase(c.tx, caseId) });
      c.note({ part: 'budget', ...noted });
      const view = await budgetViewWithin(c);
      if (view === null) throw noBudget();
      return view;
    },
  );
}
