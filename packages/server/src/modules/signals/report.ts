/**
 * The signal report for the network and for policy: per calendar quarter, the signals counted by
 * category and region with their totals, small counts and the counts that would reveal them
 * hidden (complementary suppression), with the waiting-time figures beside them.
 */
import {
  EDITABLE_PROVINCES,
  quarterRange,
  signalCategories,
  suppressTable,
  type SignalReport,
} from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withRight } from '../../kernel/guards/rightGuard.ts';
import { waitingFiguresWithin } from '../waiting/index.ts';
import { signalCounts } from './queries.ts';

export function signalReport(ctx: AccessContext, quarter: string): Promise<SignalReport> {
  return withRight(
    ctx,
    {
      right: 'aggregate.read',
      audit: 'read',
      subjectType: 'report',
      purpose: 'reporting',
      refusal:
        'The signal report is for the network: those who may read figures without family data.',
    },
    async (s) => {
      const { from, to } = quarterRange(quarter);
      const counts = await signalCounts(s.tx, from, to);
      // The same columns every quarter (Flanders' provinces, Brussels, elsewhere), so that a
      // column's presence tells nothing.
      const regions = [...EDITABLE_PROVINCES, 'other'];
      const columnOf = (region: string) =>
        (EDITABLE_PROVINCES as readonly string[]).includes(region) ? region : 'other';
      const grid = signalCategories.map((category) =>
        regions.map((region) =>
          counts
            .filter((c) => c.category === category && columnOf(c.region) === region)
            .reduce((sum, c) => sum + c.count, 0),
        ),
      );
      const table = suppressTable(grid);
      s.note({ part: 'signal_report', quarter, hidden: table.primary + table.secondary });
      return {
        quarter,
        from,
        to,
        categories: [...signalCategories],
        regions,
        cells: table.cells,
        categoryTotals: table.rowTotals,
        regionTotals: table.columnTotals,
        total: table.total,
        hidden: { primary: table.primary, secondary: table.secondary },
        waitingTimes: await waitingFiguresWithin(s.tx, s.now),
      };
    },
  );
}

/** The report as CSV: a hidden count is written "<5", never as a number. */
export function reportCsvRows(report: SignalReport): (string | number)[][] {
  const shown = (v: number | null) => (v === null ? '<5' : v);
  return [
    ['quarter', 'category', ...report.regions, 'total'],
    ...report.categories.map((category, r) => [
      report.quarter,
      category,
      ...(report.cells[r] ?? []).map(shown),
      shown(report.categoryTotals[r] ?? null),
    ]),
    [report.quarter, 'total', ...report.regionTotals.map(shown), shown(report.total)],
  ];
}
