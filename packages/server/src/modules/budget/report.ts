/**
 * The finance report of the funds one keeps: per programme, region, year, kind of money, category
 * and provider, what was committed and paid in a period (corrections count in the period they were
 * made), and the same ledger line by line as CSV or XLSX. No family: a case is named by a short
 * reference only.
 */
import type { BudgetCategory, BudgetReportRow, EntryKind } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readSignedIn } from '../../kernel/guards/rightGuard.ts';
import { managesFundsOf } from './approvers.ts';
import { ledgerOfProgrammes } from './queries.ts';

export type Period = { from: string; to: string };

export type LedgerLine = {
  enteredOn: string;
  programmeKey: string;
  region: string;
  year: number;
  fundKind: 'backpack' | 'structural';
  caseReference: string;
  kind: EntryKind;
  reversedKind: EntryKind | null;
  category: BudgetCategory;
  provider: string;
  from: string | null;
  to: string | null;
  paidOn: string | null;
  amountCents: number;
};

const brusselsDay = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(d);

/** The ledger lines of the funds one keeps, entered within the period (one audit row). */
export async function ledgerLines(ctx: AccessContext, period: Period): Promise<LedgerLine[]> {
  return readSignedIn(
    ctx,
    { audit: 'export', subjectType: 'fund', purpose: 'reporting' },
    async (s) => {
      s.actAs(s.principal.memberships[0]);
      const programmes = await managesFundsOf(s.tx, s.principal);
      const rows = await ledgerOfProgrammes(
        s.tx,
        programmes.map((p) => p.key),
        period.from,
        period.to,
      );
      s.note({ part: 'budget_ledger', ...period, lines: rows.length });
      return rows.map(({ entry: e, ...fund }) => ({
        enteredOn: brusselsDay(e.createdAt),
        programmeKey: fund.programmeKey,
        region: fund.region,
        year: fund.year,
        fundKind: e.caseId === null ? 'structural' : 'backpack',
        caseReference: e.caseId === null ? '' : e.caseId.slice(0, 8).toUpperCase(),
        kind: e.kind,
        reversedKind: fund.reversedKind as EntryKind | null,
        category: e.category,
        provider: e.providerName ?? '',
        from: e.fromOn,
        to: e.toOn,
        paidOn: e.paidOn,
        amountCents: e.amountCents,
      }));
    },
  );
}

/** The committed and paid amounts of a line: a reversal counts against what it reverses. */
function amounts(line: LedgerLine): { committed: number; paid: number } {
  const of = line.kind === 'reversal' ? line.reversedKind : line.kind;
  const sign = line.kind === 'reversal' ? -1 : 1;
  return {
    committed: of === 'commitment' ? sign * line.amountCents : 0,
    paid: of === 'payment' ? sign * line.amountCents : 0,
  };
}

/** The lines summed per programme, region, year, kind of money, category and provider. */
export function reportOf(lines: LedgerLine[]): BudgetReportRow[] {
  const rows = new Map<string, BudgetReportRow>();
  for (const line of lines) {
    const key = [
      line.programmeKey,
      line.region,
      line.year,
      line.fundKind,
      line.category,
      line.provider,
    ].join('\u0000');
    const row = rows.get(key) ?? {
      programmeKey: line.programmeKey,
      region: line.region,
      year: line.year,
      fundKind: line.fundKind,
      category: line.category,
      provider: line.provider,
      committedCents: 0,
      paidCents: 0,
      lines: 0,
    };
    const { committed, paid } = amounts(line);
    row.committedCents += committed;
    row.paidCents += paid;
    row.lines += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.programmeKey.localeCompare(b.programmeKey) ||
      a.year - b.year ||
      a.region.localeCompare(b.region) ||
      a.fundKind.localeCompare(b.fundKind) ||
      a.category.localeCompare(b.category) ||
      a.provider.localeCompare(b.provider),
  );
}
