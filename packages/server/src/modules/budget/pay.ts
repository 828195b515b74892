/** Recording a payment on a commitment: never more paid on it than it commits. */
import { balanceOf, refusePayment, type BudgetView, type PaymentInput } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { AppError } from '../../platform/errors.ts';
import { refused } from './budgetAccess.ts';
import { writeToLedger } from './ledgerWrite.ts';
import { insertEntry } from './queries.ts';

export async function pay(
  ctx: AccessContext,
  caseId: string,
  input: PaymentInput,
): Promise<BudgetView> {
  return writeToLedger(ctx, caseId, async ({ c, budget, entries }) => {
    const balance = balanceOf(entries);
    const commitment = entries.find((e) => e.id === input.commitmentId && e.kind === 'commitment');
    if (commitment === undefined || balance.reversed.has(commitment.id))
      throw new AppError(
        'invalid_input',
        'The payment names no standing commitment of this budget. Pick a commitment.',
        'commitmentId',
      ).because('unknown_reference');
    const refusal = refusePayment(
      input.amountCents,
      commitment.amountCents,
      balance.paidOf.get(commitment.id) ?? 0,
    );
    if (refusal !== null) throw refused(refusal, 'amountCents');
    await insertEntry(
      c.tx,
      {
        fundId: budget.fundId,
        caseId,
        kind: 'payment',
        category: commitment.category,
        amountCents: input.amountCents,
        actionId: commitment.actionId,
        serviceId: commitment.serviceId,
        providerName: commitment.providerName,
        fromOn: null,
        toOn: null,
        paidOn: input.paidOn,
        commitmentId: commitment.id,
        reverses: null,
        note: input.note,
      },
      c.now,
      { userId: c.principal.userId, name: c.principal.displayName },
    );
    return { entry: 'payment', amountCents: input.amountCents };
  });
}
