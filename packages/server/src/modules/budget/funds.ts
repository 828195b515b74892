/**
 * A programme's funds, kept by those who manage its budgets in the programme's organisation:
 * entered per region and year (backpack half and structural half), read with what was committed
 * and spent, and spending on the structural offer, which never passes the structural half.
 */
import { formatEuro, type FundInput, type FundView, type StructuralSpending } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import type { SignedIn } from '../../kernel/guards/rightGuard.ts';
import { readSignedIn, withSignedIn } from '../../kernel/guards/rightGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { managesFundsOf } from './approvers.ts';
import {
  fundById,
  fundsOf,
  fundTotals,
  insertEntry,
  insertFund,
  lockFund,
  providerOf,
  type FundRow,
} from './queries.ts';

const mayNotManage = () =>
  new AppError(
    'forbidden',
    "Only those who manage the programme's budgets, in its own organisation, keep its funds.",
  );

async function viewsOf(s: SignedIn, rows: FundRow[]): Promise<FundView[]> {
  const totals = await fundTotals(
    s.tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    programmeKey: r.programmeKey,
    region: r.region as FundView['region'],
    year: r.year,
    backpackCents: r.backpackCents,
    structuralCents: r.structuralCents,
    backpackCommittedCents: totals.get(r.id)?.backpack ?? 0,
    structuralSpentCents: totals.get(r.id)?.structural ?? 0,
  }));
}

export async function createFund(ctx: AccessContext, input: FundInput): Promise<FundView> {
  return withSignedIn(
    ctx,
    { audit: 'create', subjectType: 'fund', purpose: 'administration' },
    async (s) => {
      s.actAs(s.principal.memberships[0]);
      const programmes = await managesFundsOf(s.tx, s.principal);
      if (!programmes.some((p) => p.key === input.programmeKey)) throw mayNotManage();
      const row = await insertFund(s.tx, input, s.now, s.principal.displayName);
      if (row === undefined)
        throw new AppError(
          'conflict',
          `The fund of ${input.programmeKey} for ${input.region} in ${String(input.year)} exists already.`,
        ).because('exists');
      s.about({ subjectId: row.id });
      s.note({ programmeKey: input.programmeKey, year: input.year });
      const [view] = await viewsOf(s, [row]);
      if (view === undefined) throw new Error('A fund just entered cannot be read back.');
      return view;
    },
  );
}

export async function listFunds(ctx: AccessContext): Promise<FundView[]> {
  return readSignedIn(
    ctx,
    { audit: 'read', subjectType: 'fund', purpose: 'administration' },
    async (s) => {
      s.actAs(s.principal.memberships[0]);
      const programmes = await managesFundsOf(s.tx, s.principal);
      return viewsOf(
        s,
        await fundsOf(
          s.tx,
          programmes.map((p) => p.key),
        ),
      );
    },
  );
}

export async function spendStructural(
  ctx: AccessContext,
  fundId: string,
  input: StructuralSpending,
): Promise<FundView> {
  return withSignedIn(
    ctx,
    { audit: 'update', subjectType: 'fund', subjectId: fundId, purpose: 'administration' },
    async (s) => {
      s.actAs(s.principal.memberships[0]);
      const programmes = await managesFundsOf(s.tx, s.principal);
      const known = await fundById(s.tx, fundId);
      if (known === undefined || !programmes.some((p) => p.key === known.programmeKey))
        throw new AppError('not_found', 'There is no such fund among the ones you keep.');
      const fund = await lockFund(s.tx, fundId);
      if (fund === undefined) throw new Error('A fund vanished under its lock.');
      const provider = await providerOf(s.tx, input.serviceId);
      if (provider === undefined)
        throw new AppError(
          'invalid_input',
          'The provider is not on the social map. Pick it on the social map.',
          'serviceId',
        ).because('unknown_reference');
      const spent = (await fundTotals(s.tx, [fundId])).get(fundId)?.structural ?? 0;
      if (spent + input.amountCents > fund.structuralCents)
        throw new AppError(
          'conflict',
          `This would put the structural offer at ${formatEuro(spent + input.amountCents, 'en-BE')}, the fund's structural half is ${formatEuro(fund.structuralCents, 'en-BE')}.`,
          'amountCents',
        )
          .because('budget_structural')
          .showing({
            rule: 'structural',
            wouldBeCents: spent + input.amountCents,
            limitCents: fund.structuralCents,
          });
      await insertEntry(
        s.tx,
        {
          fundId,
          caseId: null,
          kind: 'commitment',
          category: input.category,
          amountCents: input.amountCents,
          actionId: null,
          serviceId: input.serviceId,
          providerName: `${provider.name} (${provider.organization})`,
          fromOn: input.spentOn,
          toOn: input.spentOn,
          paidOn: null,
          commitmentId: null,
          reverses: null,
          note: input.note,
        },
        s.now,
        { userId: s.principal.userId, name: s.principal.displayName },
      );
      s.note({ structuralCents: input.amountCents, limit: formatEuro(fund.structuralCents) });
      const [view] = await viewsOf(s, [fund]);
      if (view === undefined) throw new Error('A fund cannot be read back.');
      return view;
    },
  );
}
