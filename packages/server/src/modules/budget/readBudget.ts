/** A case's budget with its ledger, and the programmes of the case that can give one. */
import type { BudgetOptions } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase } from '../../kernel/guards/caseGuard.ts';
import { caseThemesWithin } from '../caseFile/index.ts';
import { currentProgramme } from '../programmes/programmeStore.ts';
import { budgetViewWithin, professionalOnly } from './budgetAccess.ts';

export async function readBudget(ctx: AccessContext, caseId: string): Promise<BudgetOptions> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      professionalOnly(c);
      c.note({ part: 'budget' });
      const budget = await budgetViewWithin(c);
      const programmes: BudgetOptions['programmes'] = [];
      for (const key of new Set((await caseThemesWithin(c)).programmeKeys)) {
        const programme = await currentProgramme(c.tx, key);
        if (programme.budget === undefined) continue;
        programmes.push({
          key,
          name: programme.name,
          maximumCents: programme.budget.maximumCents,
          periodMonths: programme.budget.periodMonths,
          residentialPercent: programme.budget.residentialPercent,
        });
      }
      return { budget, programmes };
    },
  );
}
