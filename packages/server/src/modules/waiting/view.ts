/** A wait as the API answers it: its bridging help, the days waited and where it may go next. */
import { daysWaited, waitTransitions, type WaitView } from '@omringd/core';
import type { BridgingRow, WaitRow } from './queries.ts';

export function waitView(row: WaitRow, bridging: BridgingRow[], today: string): WaitView {
  const ended = row.status === 'started' || row.status === 'withdrawn';
  return {
    id: row.id,
    serviceId: row.serviceId,
    service: row.serviceName,
    organization: row.organizationName,
    since: row.since,
    expectedWeeks: row.expectedWeeks,
    status: row.status,
    statusOn: row.statusOn,
    daysWaited: daysWaited(row.since, ended ? row.statusOn : today),
    note: row.note,
    next: [...waitTransitions[row.status]],
    bridging: bridging
      .filter((b) => b.waitId === row.id)
      .map((b) => ({
        id: b.id,
        kind: b.kind,
        serviceId: b.serviceId,
        provider: b.provider,
        from: b.fromOn,
        to: b.toOn,
        note: b.note,
        createdAt: b.createdAt.toISOString(),
        createdBy: b.createdByName,
      })),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName,
  };
}
