/**
 * Background jobs on pg-boss, in PostgreSQL or in the embedded database (through our own
 * connection): the deadline and duration sweeps every minute, in Brussels time, and on the
 * embedded database a nightly vacuum. Side effects are keyed, so a retried job changes nothing
 * twice.
 */
import PgBoss from 'pg-boss';
import type { Database } from '../db/database.ts';
import type { Clock } from '../clock.ts';
import { sweepDeadlines } from '../../modules/referrals/deadlineSweep.ts';
import { sweepDurations } from '../../modules/cases/durationSweep.ts';
import {
  EMBEDDED_MAINTENANCE,
  EMBEDDED_MAINTENANCE_CRON,
  maintainEmbedded,
} from './embeddedMaintenance.ts';

export const DEADLINE_SWEEP = 'deadline-sweep';

export type JobQueue = { boss: PgBoss; stop(): Promise<void> };

export async function startJobQueue(
  database: Database,
  clock: Clock,
  options: { schedule: boolean; pollingIntervalSeconds?: number } = { schedule: true },
): Promise<JobQueue> {
  const boss = new PgBoss({
    db: {
      executeSql: (text: string, values: unknown[]) => database.executeSql(text, values),
    },
    // The embedded database is one process: supervise and monitor from here.
    supervise: true,
  });
  boss.on('error', (error: Error) => {
    console.error(`Job queue: ${error.message}`);
  });
  await boss.start();
  await boss.createQueue(DEADLINE_SWEEP, { name: DEADLINE_SWEEP, retryLimit: 3, retryDelay: 5 });
  await boss.work(
    DEADLINE_SWEEP,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async () => {
      const now = clock();
      await sweepDeadlines(database, now);
      await sweepDurations(database, now);
    },
  );
  if (options.schedule)
    await boss.schedule(DEADLINE_SWEEP, '* * * * *', {}, { tz: 'Europe/Brussels' });
  if (database.kind === 'pglite') {
    await boss.createQueue(EMBEDDED_MAINTENANCE, { name: EMBEDDED_MAINTENANCE, retryLimit: 2 });
    await boss.work(
      EMBEDDED_MAINTENANCE,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      () => maintainEmbedded(database),
    );
    if (options.schedule)
      await boss.schedule(
        EMBEDDED_MAINTENANCE,
        EMBEDDED_MAINTENANCE_CRON,
        {},
        { tz: 'Europe/Brussels' },
      );
  }
  return { boss, stop: () => boss.stop({ graceful: true, wait: true }) };
}
