/**
 * Asking for the budget's one extension, with a reason. Of two requests at once one gets in; a
 * refused request may be asked again, an approved one never.
 */
import type { BudgetView, ExtensionRequest } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { AppError } from '../../platform/errors.ts';
import { writeToLedger } from './ledgerWrite.ts';
import { extensionOf, requestExtension } from './queries.ts';

export async function askExtension(
  ctx: AccessContext,
  caseId: string,
  input: ExtensionRequest,
): Promise<BudgetView> {
  return writeToLedger(ctx, caseId, async ({ c, budget }) => {
    const rule = budget.rules.extension;
    if (rule === null)
      throw new AppError('conflict', 'The programme of this budget allows no extension.').because(
        'no_extension',
      );
    const row = await requestExtension(
      c.tx,
      { caseId, months: rule.months, reason: input.reason },
      c.now,
      { userId: c.principal.userId, name: c.principal.displayName },
    );
    if (row === undefined) {
      const existing = await extensionOf(c.tx, caseId);
      throw existing?.status === 'approved'
        ? new AppError(
            'conflict',
            'This budget was extended once already; a budget is extended at most once.',
          ).because('extension_used')
        : new AppError(
            'conflict',
            'An extension of this budget is waiting for a decision already.',
          ).because('extension_waiting');
    }
    return { extension: 'requested', months: rule.months };
  });
}
