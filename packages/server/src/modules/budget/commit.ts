/**
 * Committing money of a case's budget to a plan action, with a provider of the social map. The
 * case's budget row and then its fund's row are locked before the rules are checked against the
 * ledger, so commitments made at the same moment are checked one after the other: together they
 * never pass the case maximum, the residential share or the fund.
 */
import {
  balanceOf,
  refuseCommitment,
  residentialLimit,
  type BudgetView,
  type CommitmentInput,
} from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { AppError } from '../../platform/errors.ts';
import { planWithin } from '../carePlan/index.ts';
import { refused } from './budgetAccess.ts';
import { writeToLedger } from './ledgerWrite.ts';
import { fundTotals, insertEntry, lockFund, providerOf } from './queries.ts';

export async function commit(
  ctx: AccessContext,
  caseId: string,
  input: CommitmentInput,
): Promise<BudgetView> {
  return writeToLedger(ctx, caseId, async ({ c, budget, entries }) => {
    const plan = await planWithin(c);
    if (!(plan.current?.content.actions ?? []).some((a) => a.id === input.actionId))
      throw new AppError(
        'invalid_input',
        'The commitment names an action that is not in the care plan. Pick an action of the plan.',
        'actionId',
      ).because('unknown_reference');
    const provider = await providerOf(c.tx, input.serviceId);
    if (provider === undefined)
      throw new AppError(
        'invalid_input',
        'The provider is not on the social map. Pick it on the social map.',
        'serviceId',
      ).because('unknown_reference');
    const fund = await lockFund(c.tx, budget.fundId);
    if (fund === undefined) throw new Error(`The fund ${budget.fundId} of a budget is missing.`);
    const fundCommitted = (await fundTotals(c.tx, [fund.id])).get(fund.id)?.backpack ?? 0;
    const refusal = refuseCommitment(
      input,
      balanceOf(entries),
      {
        startsOn: budget.startsOn,
        endsOn: budget.endsOn,
        maximumCents: budget.maximumCents,
        residentialLimitCents: residentialLimit(
          budget.maximumCents,
          budget.rules.residentialPercent,
        ),
      },
      { amountCents: fund.backpackCents, committedCents: fundCommitted },
    );
    if (refusal !== null)
      throw refused(refusal, refusal.rule === 'outside_period' ? 'from' : 'amountCents');
    await insertEntry(
      c.tx,
      {
        fundId: fund.id,
        caseId,
        kind: 'commitment',
        category: input.category,
        amountCents: input.amountCents,
        actionId: input.actionId,
        serviceId: input.serviceId,
        providerName: `${provider.name} (${provider.organization})`,
        fromOn: input.from,
        toOn: input.to,
        paidOn: null,
        commitmentId: null,
        reverses: null,
        note: input.note,
      },
      c.now,
      { userId: c.principal.userId, name: c.principal.displayName },
    );
    return { entry: 'commitment', amountCents: input.amountCents, category: input.category };
  });
}
