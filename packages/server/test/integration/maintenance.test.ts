/**
 * The embedded database has no autovacuum: the job queue vacuums and analyses it each night.
 * PostgreSQL vacuums itself, so there the job queue has no such queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/platform/db/database.ts';
import { refreshSearch } from '../../src/modules/socialMap/directory/searchRows.ts';
import { services } from '../../src/platform/db/schema.ts';
import { EMBEDDED_MAINTENANCE } from '../../src/platform/jobs/embeddedMaintenance.ts';
import { startJobQueue } from '../../src/jobs.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { runJob } from '../support/jobs.ts';

type TableStats = { vacuums: number; analysed: boolean };

describe.each(storageModes)('nightly maintenance on %s', (mode) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(mode);
  });
  afterAll(() => closeTestApp(t));

  const searchRowStats = async () => {
    const [row] = await rows<TableStats>(
      t.database.db,
      sql`SELECT vacuum_count::int AS vacuums, last_analyze IS NOT NULL AS analysed
          FROM pg_stat_user_tables WHERE relname = 'service_search'`,
    );
    if (row === undefined) throw new Error('service_search has no statistics row');
    return row;
  };

  it(
    mode === 'pglite'
      ? 'vacuums and analyses the embedded database through the job queue'
      : 'leaves vacuuming to PostgreSQL',
    async () => {
      // Rebuilding every search row leaves the old versions behind, as a re-import does.
      const ids = await t.database.db.select({ id: services.id }).from(services);
      await refreshSearch(
        t.database.db,
        ids.map((r) => r.id),
      );
      const before = await searchRowStats();
      const queue = await startJobQueue(t.database, () => new Date('2026-11-23T02:30:00Z'), {
        schedule: false,
        pollingIntervalSeconds: 0.5,
      });
      try {
        if (mode === 'postgres') {
          expect(await queue.boss.getQueue(EMBEDDED_MAINTENANCE)).toBeNull();
          return;
        }
        await runJob(queue, EMBEDDED_MAINTENANCE);
      } finally {
        await queue.stop();
      }
      const after = await searchRowStats();
      expect(after.vacuums).toBe(before.vacuums + 1);
      expect(after.analysed).toBe(true);
    },
  );
});
