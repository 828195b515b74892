/**
 * Background jobs on pg-boss, in PostgreSQL or in the embedded database (through our own
 * connection): the minutely work the application gives it (the sweeps), in Brussels time, and on
 * the embedded database a nightly vacuum. Side effects are keyed, so a retried job changes
 * nothing twice.
 */
import { PgBoss } from 'pg-boss';
import type { Database } from '../db/database.ts';
import {
  EMBEDDED_MAINTENANCE,
  EMBEDDED_MAINTENANCE_CRON,
  maintainEmbedded,
} from './embeddedMaintenance.ts';
import { retireOldJobSchema } from './jobSchemaUpgrade.ts';

export type JobQueue = {
  boss: PgBoss;
  stop(): Promise<void>;
  /** Started and not stopped: what readiness reports. */
  running(): boolean;
};

export type QueueOptions = { schedule: boolean; pollingIntervalSeconds?: number };

/** A job the application gives the queue: its name, when it runs (Brussels time), what it does. */
export type ScheduledJob = {
  name: string;
  cron: string;
  retryLimit: number;
  run: () => Promise<void>;
};

export async function startQueue(
  database: Database,
  jobs: readonly ScheduledJob[],
  options: QueueOptions = { schedule: true },
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
  await retireOldJobSchema(database);
  await boss.start();
  const all: ScheduledJob[] = [...jobs];
  if (database.kind === 'pglite')
    all.push({
      name: EMBEDDED_MAINTENANCE,
      cron: EMBEDDED_MAINTENANCE_CRON,
      retryLimit: 2,
      run: () => maintainEmbedded(database),
    });
  for (const job of all) {
    await boss.createQueue(job.name, { retryLimit: job.retryLimit, retryDelay: 5 });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, () =>
      job.run(),
    );
    if (options.schedule) await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/Brussels' });
  }
  let running = true;
  boss.on('stopped', () => {
    running = false;
  });
  return {
    boss,
    stop: async () => {
      running = false;
      await boss.stop({ graceful: true });
    },
    running: () => running,
  };
}
