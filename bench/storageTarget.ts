/**
 * One storage mode under the search benchmark: its database (loaded with the generated
 * directory, or reused when kept) and the real API server on a free localhost port.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app.ts';
import { ensureGeography } from '../packages/server/src/bootstrap.ts';
import {
  openPglite,
  openPostgres,
  type Database,
} from '../packages/server/src/platform/db/database.ts';
import { writeDirectory } from '../packages/server/src/modules/socialMap/directory/writeDirectory.ts';
import { generateDirectory } from './generateDirectory.ts';
import { keptName, keptPgliteDir, keptPostgresUrl } from './keptDatabase.ts';

export type StorageMode = 'pglite' | 'postgres';

export type StorageTarget = {
  mode: StorageMode;
  database: Database;
  /** The API's address, e.g. http://127.0.0.1:41234 */
  base: string;
  loadMs: number;
  close(): Promise<void>;
};

export type TargetOptions = {
  services: number;
  /** Keep (and reuse) the loaded database under this name. */
  keep: string | undefined;
  adminUrl: string;
  today: string;
};

async function load(database: Database, services: number): Promise<number> {
  const start = performance.now();
  await database.migrate();
  await ensureGeography(database);
  const directory = generateDirectory(services);
  const chunk = 500; // organisations per transaction (2,500 services)
  for (let i = 0; i < directory.organizations.length; i += chunk) {
    await writeDirectory(
      database.db,
      { ...directory, organizations: directory.organizations.slice(i, i + chunk) },
      new Date('2026-11-01T00:00:00Z'),
    );
  }
  // Settled, as autovacuum leaves a PostgreSQL table (PGlite has none): hint bits and visibility map
  // set, statistics fresh, and no vacuum of the load running while the searches are measured.
  await database.db.execute('VACUUM ANALYZE');
  return Math.round(performance.now() - start);
}

async function openDatabase(
  mode: StorageMode,
  options: TargetOptions,
): Promise<{ database: Database; reuse: boolean; drop: () => Promise<void> }> {
  const keep = options.keep === undefined ? undefined : keptName(options.keep);
  if (mode === 'pglite') {
    const dataDir = keep === undefined ? undefined : keptPgliteDir(keep);
    const reuse = dataDir !== undefined && existsSync(dataDir);
    if (dataDir !== undefined) await mkdir(dirname(dataDir), { recursive: true });
    return { database: await openPglite(dataDir), reuse, drop: async () => undefined };
  }
  const name = keep ?? `omringd_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: options.adminUrl });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]))
    .rowCount;
  const reuse = keep !== undefined && exists === 1;
  if (!reuse) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();
  return {
    database: openPostgres(keptPostgresUrl(options.adminUrl, name)),
    reuse,
    drop: async () => {
      if (keep !== undefined) return;
      const cleanup = new pg.Client({ connectionString: options.adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export async function openTarget(
  mode: StorageMode,
  options: TargetOptions,
): Promise<StorageTarget> {
  process.stderr.write(`${mode}: loading ${options.services} services…\n`);
  const { database, reuse, drop } = await openDatabase(mode, options);
  const loadMs = reuse ? 0 : await load(database, options.services);
  process.stderr.write(`${mode}: loaded in ${loadMs} ms\n`);
  // One client sends thousands of searches a minute here: the per-client limit would refuse them.
  const app = await buildApp({
    database,
    clock: () => new Date(`${options.today}T10:00:00Z`),
    rateLimitPerMinute: false,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    mode,
    database,
    base,
    loadMs,
    close: async () => {
      await app.close();
      await database.close();
      await drop();
    },
  };
}
