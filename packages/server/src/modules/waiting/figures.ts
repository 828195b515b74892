/**
 * Waiting-time figures per service and region for the network: how many families wait now, the
 * median and the longest wait in days. A figure of fewer than five families is not shown.
 */
import { brusselsDate, waitingFigures, type WaitingFigureView } from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withRight } from '../../kernel/guards/rightGuard.ts';
import { openWaits } from './queries.ts';

/** Within a guard that has decided: the figures as of `now`. */
export async function waitingFiguresWithin(tx: Db, now: Date): Promise<WaitingFigureView[]> {
  const waits = await openWaits(tx);
  const names = new Map(waits.map((w) => [w.serviceId, w]));
  return waitingFigures(waits, brusselsDate(now))
    .map((f) => ({
      ...f,
      service: names.get(f.serviceId)?.service ?? '',
      organization: names.get(f.serviceId)?.organization ?? '',
    }))
    .sort(
      (a, b) =>
        a.region.localeCompare(b.region) ||
        a.service.localeCompare(b.service) ||
        a.serviceId.localeCompare(b.serviceId),
    );
}

export function waitingTimes(ctx: AccessContext): Promise<WaitingFigureView[]> {
  return withRight(
    ctx,
    {
      right: 'aggregate.read',
      audit: 'read',
      subjectType: 'report',
      purpose: 'reporting',
      refusal:
        'Waiting-time figures are for the network: those who may read figures without family data.',
    },
    async (s) => {
      s.note({ part: 'waiting_times' });
      return waitingFiguresWithin(s.tx, s.now);
    },
  );
}
