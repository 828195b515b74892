/** Opening storage as configured: migrate, and on an empty directory load geography and demo data. */
import { count } from 'drizzle-orm';
import type { Config } from './platform/config.ts';
import { PGlite } from '@electric-sql/pglite';
import {
  fromPglite,
  openPglite,
  openPostgres,
  pgliteExtensions,
  type Database,
} from './platform/db/database.ts';
import { templateKey, writeTemplate } from './platform/db/embeddedTemplate.ts';
import { ensurePrivateDataDir } from './platform/db/dataDirectory.ts';
import { migrateIfPending } from './platform/db/migrations.ts';
import { municipalities, services } from './platform/db/schema.ts';
import { users } from './platform/db/identitySchema.ts';
import { loadGeography } from './platform/geo/loadGeography.ts';
import { readDemoDirectories } from './modules/socialMap/directory/demoData.ts';
import { writeDirectory } from './modules/socialMap/directory/writeDirectory.ts';
import { fillTermMasks } from './modules/socialMap/directory/termMasks.ts';
import { fillSearchRows } from './modules/socialMap/directory/searchRows.ts';
import { ensureProgrammes } from './modules/programmes/programmeStore.ts';

/** `toServe`: the server's start, which may begin a new embedded directory from the prepared copy. */
export async function openDatabase(
  config: Config,
  options: { toServe?: boolean } = {},
): Promise<Database> {
  if (config.databaseUrl !== undefined) return openPostgres(config.databaseUrl);
  await ensurePrivateDataDir(config.dataDir);
  return openPglite(config.dataDir, { fromTemplate: options.toServe === true });
}

export async function ensureGeography(database: Database): Promise<void> {
  const [row] = await database.db.select({ n: count() }).from(municipalities);
  if ((row?.n ?? 0) === 0) await loadGeography(database.db);
}

export async function loadDemoData(database: Database, now: Date): Promise<number> {
  let total = 0;
  for (const directory of await readDemoDirectories())
    total += (await writeDirectory(database.db, directory, now)).services;
  return total;
}

/**
 * Migrations (what is pending, by the owner: the migration database when given), geography,
 * and the demo directory when there is no service yet.
 */
export async function prepare(
  database: Database,
  now: Date,
  migrationDatabase?: Database,
): Promise<{ demoServices: number }> {
  await migrateIfPending(database, migrationDatabase);
  await ensureGeography(database);
  await fillTermMasks(database.db);
  await fillSearchRows(database.db);
  await ensureProgrammes(database.db, now);
  const [row] = await database.db.select({ n: count() }).from(services);
  if ((row?.n ?? 0) > 0) return { demoServices: 0 };
  return { demoServices: await loadDemoData(database, now) };
}

export async function hasAccounts(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

/**
 * `omringd prepare-template` (run by `npm install`): prepares an embedded database in memory as a
 * new data directory would be prepared at its first start, and keeps it as the copy the first
 * start unpacks (platform/db/embeddedTemplate.ts).
 */
export async function prepareTemplate(now: Date): Promise<{ file: string; services: number }> {
  const key = templateKey();
  const client = await PGlite.create({ extensions: pgliteExtensions });
  try {
    const { demoServices } = await prepare(await fromPglite(client), now);
    await client.exec('CHECKPOINT');
    const file = await writeTemplate(await client.dumpDataDir('gzip'), key);
    return { file, services: demoServices };
  } finally {
    await client.close();
  }
}
