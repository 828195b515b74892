/**
 * A fresh database per test file, migrated and loaded with geography and the demo social map.
 * PGlite: one template per worker, cloned (creating a PGlite database takes seconds, a clone less).
 * PostgreSQL: a database of its own, copied from the run's template (postgresGlobalSetup.ts)
 * and dropped afterwards.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import {
  fromPglite,
  openPostgres,
  pgliteExtensions,
  type Database,
} from '../../src/platform/db/database.ts';
import { prepare } from '../../src/bootstrap.ts';
import { postgresAdminUrl, type StorageMode } from './storageModes.ts';
import { SEED_TIME } from './seedTime.ts';

export { SEED_TIME };

let template: Promise<PGlite> | undefined;

async function pgliteTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    await prepare(await fromPglite(client), SEED_TIME);
    return client;
  })();
  return template;
}

/** `url` is set for PostgreSQL, so a test can start a process on the same database. */
export type TestDatabase = Database & { drop(): Promise<void>; url?: string };

export async function createTestDatabase(mode: StorageMode): Promise<TestDatabase> {
  if (mode === 'pglite') {
    const clone = (await (await pgliteTemplate()).clone()) as PGlite;
    const database = await fromPglite(clone);
    return { ...database, drop: () => database.close() };
  }
  const name = `omringd_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = inject('postgresTemplate');
  if (template === null)
    throw new Error(
      'No PostgreSQL template: this run was started with OMRINGD_TEST_SKIP_POSTGRES=1.',
    );
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString());
  return {
    ...database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: postgresAdminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
