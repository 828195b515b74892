/**
 * A database whose job queue was made by pg-boss 10 (schema version 24), as every Omringd before
 * the move to Node 24 left it: the server starts on it, the queue works, the sweeps run again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEADLINE_SWEEP, startJobQueue } from '../../src/jobs.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { runJob } from '../support/jobs.ts';

describe.each(storageModes)('a job queue left by pg-boss 10 on %s', (mode) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(mode);
  });
  afterAll(() => closeTestApp(t));

  it('is replaced at start, and its jobs run', async () => {
    await t.database.executeSql(`
      DROP SCHEMA IF EXISTS pgboss CASCADE;
      CREATE SCHEMA pgboss;
      CREATE TABLE pgboss.version (version int PRIMARY KEY, maintained_on timestamptz, cron_on timestamptz);
      INSERT INTO pgboss.version (version) VALUES (24);
      CREATE TABLE pgboss.job (id uuid PRIMARY KEY, name text NOT NULL);
    `);
    const queue = await startJobQueue(t.database, () => new Date('2026-12-03T10:00:00Z'), {
      schedule: false,
      pollingIntervalSeconds: 0.5,
    });
    try {
      const version = await t.database.executeSql(
        `SELECT version::int AS version FROM pgboss.version`,
      );
      expect((version.rows[0] as { version: number }).version).toBeGreaterThanOrEqual(25);
      await runJob(queue, DEADLINE_SWEEP);
    } finally {
      await queue.stop();
    }
  });
});
