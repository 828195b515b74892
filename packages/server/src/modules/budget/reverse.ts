/**
 * Correcting an entry: a reversal that cancels it, once (the ledger keeps both). A commitment
 * with payments standing is reversed after its payments, so nothing paid is left without a
 * commitment.
 */
import { balanceOf, type BudgetView, type ReversalInput } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { AppError } from '../../platform/errors.ts';
import { writeToLedger } from './ledgerWrite.ts';
import { insertEntry } from './queries.ts';

export async function reverse(
  ctx: AccessContext,
  caseId: string,
  input: ReversalInput,
): Promise<BudgetView> {
  return writeToLedger(ctx, caseId, async ({ c, budget, entries }) => {
    const balance = balanceOf(entries);
    const entry = entries.find((e) => e.id === input.entryId);
    if (entry === undefined || entry.kind === 'reversal')
      throw new AppError(
        'invalid_input',
        'There is no such commitment or payment in this budget. Pick one of its entries.',
        'entryId',
      ).because('unknown_reference');
    if (balance.reversed.has(entry.id))
      throw new AppError('conflict', 'This entry is corrected already.', 'entryId').because(
        'already_reversed',
      );
    if (entry.kind === 'commitment' && (balance.paidOf.get(entry.id) ?? 0) > 0)
      throw new AppError(
        'conflict',
        'Payments stand on this commitment. Correct the payments first.',
        'entryId',
      ).because('payments_first');
    const row = await insertEntry(
      c.tx,
      {
        fundId: budget.fundId,
        caseId,
        kind: 'reversal',
        category: entry.category,
        amountCents: entry.amountCents,
        actionId: entry.actionId,
        serviceId: entry.serviceId,
        providerName: entry.providerName,
        fromOn: null,
        toOn: null,
        paidOn: null,
        commitmentId: null,
        reverses: entry.id,
        note: input.reason,
      },
      c.now,
      { userId: c.principal.userId, name: c.principal.displayName },
    );
    if (row === undefined)
      throw new AppError('conflict', 'This entry is corrected already.', 'entryId').because(
        'already_reversed',
      );
    return { entry: 'reversal', reverses: entry.id };
  });
}
