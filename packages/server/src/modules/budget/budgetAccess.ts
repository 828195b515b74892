/**
 * What every budget operation on a case shares: only the professionals of the case team (a parent
 * does not manage the budget: 404 as for any record not theirs), the case still open, the budget
 * read back as a view, and a refused entry turned into a conflict that names the rule and the
 * amounts.
 */
import { refusalMessage, type BudgetRefusal, type BudgetView } from '@omringd/core';
import type { CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError, type ErrorReason } from '../../platform/errors.ts';
import { programmeVersion } from '../programmes/programmeStore.ts';
import { budgetOf, entriesOfCase, extensionOf, fundById } from './queries.ts';
import { budgetView } from './view.ts';

export function professionalOnly(c: CaseAccess): void {
  if (c.basis === 'parent') c.deny('not_found');
}

export function openCaseOnly(c: CaseAccess): void {
  if (c.row.status === 'closed')
    throw new AppError(
      'conflict',
      'This case is closed; its budget takes no more entries.',
    ).because('case_closed');
}

export const noBudget = () =>
  new AppError('not_found', 'This case has no budget yet. Give it one first.').because('no_budget');

/** The budget of the case as it is now, in the guard's transaction or read scope. */
export async function budgetViewWithin(c: CaseAccess): Promise<BudgetView | null> {
  const row = await budgetOf(c.tx, c.caseId);
  if (row === undefined) return null;
  const entries = await entriesOfCase(c.tx, c.caseId);
  const extension = await extensionOf(c.tx, c.caseId);
  const fund = await fundById(c.tx, row.fundId);
  const programme = await programmeVersion(c.tx, row.programmeKey, row.programmeVersion);
  if (fund === undefined) throw new Error(`The fund ${row.fundId} of a budget is missing.`);
  return budgetView(row, entries, extension, fund, programme);
}

const reasonOf: Record<BudgetRefusal['rule'], ErrorReason> = {
  outside_period: 'budget_outside_period',
  case_maximum: 'budget_case_maximum',
  residential_share: 'budget_residential_share',
  fund: 'budget_fund',
  overpaid: 'budget_overpaid',
};

/** A rule that refuses the entry: a conflict with the rule, the figures and the words. */
export function refused(refusal: BudgetRefusal, field: string): AppError {
  return new AppError('conflict', refusalMessage(refusal), field)
    .because(reasonOf[refusal.rule])
    .showing(refusal);
}
