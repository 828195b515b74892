/** A stored closing as the API answers it. */
import type { ClosingView } from '@omringd/core';
import type { ClosingRow } from './queries.ts';

export function closingView(row: ClosingRow): ClosingView {
  return {
    ...row.content,
    closedAt: row.closedAt.toISOString(),
    closedBy: row.closedByName,
    keptUntil: row.keptUntil,
    retentionYears: row.retentionYears,
  };
}
