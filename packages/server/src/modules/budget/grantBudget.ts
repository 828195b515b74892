/**
 * Giving a case its backpack budget: once per case, under one of its programmes with budget rules,
 * at most the programme's maximum, with a justification (it complements the regular offer), drawn
 * on the programme's fund for the family's region in the year it starts.
 */
import { budgetEndsOn, formatEuro, type BudgetView, type GrantBudgetInput } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { caseThemesWithin } from '../caseFile/index.ts';
import { currentProgramme } from '../programmes/programmeStore.ts';
import { budgetViewWithin, openCaseOnly, professionalOnly } from './budgetAccess.ts';
import { fundFor, insertBudget } from './queries.ts';
import { fundRegionOf } from './region.ts';

export async function grantBudget(
  ctx: AccessContext,
  caseId: string,
  input: GrantBudgetInput,
): Promise<BudgetView> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'create', purpose: 'care' },
    async (c) => {
      professionalOnly(c);
      openCaseOnly(c);
      const about = await caseThemesWithin(c);
      if (!about.programmeKeys.includes(input.programmeKey))
        throw new AppError(
          'invalid_input',
          `The case is not in programme "${input.programmeKey}". Pick one of the case's programmes.`,
          'programmeKey',
        ).because('unknown_reference');
      const programme = await currentProgramme(c.tx, input.programmeKey);
      const rules = programme.budget;
      if (rules === undefined)
        throw new AppError(
          'invalid_input',
          `${programme.name.en} gives no backpack budget. Pick a programme that does.`,
          'programmeKey',
        ).because('no_budget_rules');
      const maximumCents = input.maximumCents ?? rules.maximumCents;
      if (maximumCents > rules.maximumCents || maximumCents === 0)
        throw new AppError(
          'invalid_input',
          `${programme.name.en} gives a case at most ${formatEuro(rules.maximumCents, 'en-BE')}. Give an amount above zero and up to that.`,
          'maximumCents',
        ).because('above_maximum');
      const region = fundRegionOf(programme, about.postalCode);
      const year = Number(input.startsOn.slice(0, 4));
      const fund = region === null ? undefined : await fundFor(c.tx, programme.key, region, year);
      if (fund === undefined)
        throw new AppError(
          'conflict',
          `There is no fund of ${programme.name.en} for ${region ?? 'this region'} in ${String(year)}. The network coordinator enters the year's fund first.`,
          'startsOn',
        ).because('no_fund');
      const row = await insertBudget(
        c.tx,
        {
          caseId,
          fundId: fund.id,
          programmeKey: programme.key,
          programmeVersion: programme.version,
          rules,
          maximumCents,
          startsOn: input.startsOn,
          endsOn: budgetEndsOn(input.startsOn, rules, null),
          justification: input.justification,
        },
        c.now,
        { userId: c.principal.userId, name: c.principal.displayName },
      );
      if (row === undefined)
        throw new AppError('conflict', 'This case has a budget already.').because('budget_exists');
      c.note({ part: 'budget', maximumCents, fundId: fund.id });
      const view = await budgetViewWithin(c);
      if (view === null) throw new Error('A budget just granted cannot be read back.');
      return view;
    },
  );
}
