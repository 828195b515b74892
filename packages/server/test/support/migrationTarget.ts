/**
 * A database migrated up to an earlier migration, filled as an earlier version left it, then
 * migrated to the current one: for tests of an upgrade, on both storage modes.
 */
import { PGlite } from '@electric-sql/pglite';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { pgliteExtensions, type Db } from '../../src/platform/db/database.ts';
import { postgresAdminUrl, type StorageMode } from './storageModes.ts';

export const currentMigrations = new URL('../../drizzle/', import.meta.url).pathname;

type Query = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;
export type MigrationTarget = {
  query: Query;
  /** Several statements at once (the simple protocol). */
  exec: (text: string) => Promise<unknown>;
  migrateTo: (folder: string) => Promise<void>;
  /** The query builder over the same database, for the application's own functions. */
  db: Db;
  close(): Promise<void>;
};

/** The migrations as they were up to and including number `last`, in a folder of their own. */
export async function migrationsUpTo(
  last: number,
): Promise<{ folder: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'omringd-migrations-'));
  const folder = join(dir, 'drizzle');
  await cp(currentMigrations, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  await writeFile(journalPath, JSON.stringify(journal));
  return { folder, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function openMigrationTarget(mode: StorageMode): Promise<MigrationTarget> {
  if (mode === 'pglite') {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    const db = drizzlePglite({ client });
    return {
      query: (text) => client.query(text),
      exec: (text) => client.exec(text),
      migrateTo: (folder) => migratePglite(db, { migrationsFolder: folder }),
      db: db as unknown as Db,
      close: () => client.close(),
    };
  }
  const name = `omringd_upgrade_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString() });
  // Dropping the database ends its connections; a closing one may report that, which is expected.
  pool.on('error', () => undefined);
  const db = drizzlePg({ client: pool });
  return {
    query: (text) => pool.query(text),
    exec: (text) => pool.query(text),
    migrateTo: (folder) => migratePg(db, { migrationsFolder: folder }),
    db: db as unknown as Db,
    close: async () => {
      await pool.end();
      const cleanup = new pg.Client({ connectionString: postgresAdminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
