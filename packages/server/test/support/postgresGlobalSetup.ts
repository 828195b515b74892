/**
 * Fails the integration run at once, with what to do, when PostgreSQL cannot be reached; then
 * prepares one template database (migrated, geography and demo social map), which every test
 * database is copied from, instead of every test file migrating and loading its own.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/platform/db/database.ts';
import { prepare } from '../../src/bootstrap.ts';
import { postgresAdminUrl, skipPostgres } from './storageModes.ts';
import { SEED_TIME } from './seedTime.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The database every PostgreSQL test database is created from; null on PGlite only. */
    postgresTemplate: string | null;
  }
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: postgresAdminUrl,
    connectionTimeoutMillis: 5000,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function setup(
  project: TestProject,
): Promise<(() => Promise<void>) | undefined> {
  if (skipPostgres) {
    console.warn('OMRINGD_TEST_SKIP_POSTGRES=1: integration tests run on embedded PGlite only.');
    project.provide('postgresTemplate', null);
    return undefined;
  }
  try {
    await admin((client) => client.query('SELECT 1'));
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${postgresAdminUrl} (${error instanceof Error ? error.message : String(error)}). ` +
        'Start the server, set OMRINGD_TEST_POSTGRES_URL to an admin connection, or run with OMRINGD_TEST_SKIP_POSTGRES=1 to test on PGlite only.',
    );
  }
  const name = `omringd_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString());
  try {
    await prepare(database, SEED_TIME);
  } finally {
    await database.close();
  }
  project.provide('postgresTemplate', name);
  return async () => {
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
}
