/** A budget's rows as the API answers them, with the balances summed over its ledger. */
import {
  balanceOf,
  residentialLimit,
  type BudgetView,
  type EntryView,
  type Programme,
} from '@omringd/core';
import type { BudgetRow, EntryRow, ExtensionRow, FundRow } from './queries.ts';

export function entryView(
  e: EntryRow,
  reversed: Set<string>,
  paidOf: Map<string, number>,
): EntryView {
  return {
    id: e.id,
    kind: e.kind,
    category: e.category,
    amountCents: e.amountCents,
    actionId: e.actionId,
    serviceId: e.serviceId,
    provider: e.providerName,
    from: e.fromOn,
    to: e.toOn,
    paidOn: e.paidOn,
    commitmentId: e.commitmentId,
    reverses: e.reverses,
    reversed: reversed.has(e.id),
    paidCents: e.kind === 'commitment' && !reversed.has(e.id) ? (paidOf.get(e.id) ?? 0) : null,
    note: e.note,
    createdAt: e.createdAt.toISOString(),
    createdBy: e.createdByName,
  };
}

export function budgetView(
  row: BudgetRow,
  entries: EntryRow[],
  extension: ExtensionRow | undefined,
  fund: FundRow,
  programme: Pick<Programme, 'name'>,
): BudgetView {
  const balance = balanceOf(entries);
  const rules = row.rules;
  return {
    caseId: row.caseId,
    programmeKey: row.programmeKey,
    programmeName: programme.name,
    fund: { id: fund.id, region: fund.region as BudgetView['fund']['region'], year: fund.year },
    maximumCents: row.maximumCents,
    residentialLimitCents: residentialLimit(row.maximumCents, rules.residentialPercent),
    residentialPercent: rules.residentialPercent,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    justification: row.justification,
    extension:
      extension === undefined
        ? null
        : {
            status: extension.status,
            months: extension.months,
            reason: extension.reason,
            requestedAt: extension.requestedAt.toISOString(),
            requestedBy: extension.requestedByName,
            decidedAt: extension.decidedAt?.toISOString() ?? null,
            decidedBy: extension.decidedByName,
            note: extension.note,
          },
    canRequestExtension:
      rules.extension !== null && (extension === undefined || extension.status === 'refused'),
    extensionMonths: rules.extension?.months ?? null,
    approverRole: rules.extension?.approverRole ?? null,
    committedCents: balance.committedCents,
    residentialCents: balance.residentialCents,
    paidCents: balance.paidCents,
    remainingCents: row.maximumCents - balance.committedCents,
    entries: entries.map((e) => entryView(e, balance.reversed, balance.paidOf)),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName,
  };
}
