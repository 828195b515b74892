/**
 * One storage API over two engines: embedded PGlite (default, data in a directory or in memory)
 * and PostgreSQL through node-postgres when DATABASE_URL is set. Same schema, same SQL.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { assertDataDirVersion } from './embeddedVersion.ts';
import { unpackTemplate } from './embeddedTemplate.ts';
import { tightenDataDir } from './dataDirectory.ts';
import { lockDataDir } from './dataDirLock.ts';
import { pglitePreparedRunner } from './pglitePrepared.ts';
import * as schema from './schema.ts';
import { databaseStatements, reportPool } from '../metrics/metrics.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Apply the committed migrations (idempotent). */
  migrate(): Promise<void>;
  /**
   * Rows of a hot read-only statement (the social-map search, a request's session, an access
   * decision's facts), prepared once per shape: on the embedded engine, whose planner in
   * WebAssembly costs more than the run, and on PostgreSQL as a named statement per connection,
   * as planning the access statements cost more than running them. Never inside a transaction.
   */
  preparedRows<T>(query: SQL): Promise<T[]>;
  /**
   * A hot statement that also writes (a read with its audit row), outside a transaction: prepared
   * on PostgreSQL; on the embedded engine an ordinary statement, which its files keep at once.
   */
  preparedWrite<T>(query: SQL): Promise<T[]>;
  /** Plain SQL for libraries that bring their own (the job queue); several statements without values. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** The embedded engine's files back to the owner's alone (0600/0700); nothing for PostgreSQL. */
  protectFiles(): Promise<void>;
  /**
   * The embedded database on disk as one gzip archive, taken while it serves (a consistent image:
   * the engine runs one statement at a time and the archive is made between two). Only for an
   * embedded database with a directory.
   */
  snapshot?: () => Promise<Buffer>;
  close(): Promise<void>;
};

/** Turns a query into text and parameters, as the drivers do. */
const dialect = new PgDialect();

const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export const pgliteExtensions = { pg_trgm, unaccent };

/**
 * `fromTemplate`: a new directory starts from the prepared copy `npm install` made (the server's
 * start, which prepares the same anyway; embeddedTemplate.ts).
 */
export async function openPglite(
  dataDir?: string,
  options: { fromTemplate?: boolean } = {},
): Promise<Database> {
  if (dataDir === undefined)
    return fromPglite(await PGlite.create({ extensions: pgliteExtensions }));
  await assertDataDirVersion(dataDir);
  // One process at a time: a second one would not see the first one's writes.
  const unlock = await lockDataDir(dataDir, `omringd ${process.argv[2] ?? ''}`.trim());
  let database: Database;
  let client: PGlite;
  try {
    // A new directory starts from the copy `npm install` prepared, when it is for these sources.
    if (options.fromTemplate === true && !existsSync(join(dataDir, 'PG_VERSION')))
      await unpackTemplate(dataDir);
    client = await PGlite.create({ dataDir, extensions: pgliteExtensions });
    database = await fromPglite(client);
  } catch (error) {
    await unlock();
    throw error;
  }
  const protectFiles = () => tightenDataDir(dataDir);
  await protectFiles();
  return {
    ...database,
    protectFiles,
    snapshot: async () => {
      // Written out first, so the archive needs as little recovery as possible when restored.
      await database.executeSql('CHECKPOINT');
      return Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer());
    },
    close: async () => {
      try {
        await database.close();
        await protectFiles();
      } finally {
        await unlock();
      }
    },
  };
}

/**
 * The directory lives in memory or on fast disks: random reads cost about as much as sequential
 * ones. With the default (4.0) the planner scans the whole services table for a common word
 * instead of using the full-text index, which is several times slower (see docs/performance.md).
 */
export const SESSION_SETTINGS = { random_page_cost: '1.1' } as const;

export async function fromPglite(client: PGlite): Promise<Database> {
  const db = drizzlePglite({ client, schema });
  const runPrepared = pglitePreparedRunner(client);
  await client.exec(
    Object.entries(SESSION_SETTINGS)
      .map(([k, v]) => `SET ${k} = ${v};`)
      .join(' '),
  );
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(db, { migrationsFolder }),
    preparedRows: <T>(query: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(query);
      return runPrepared<T>(text, params);
    },
    preparedWrite: <T>(query: SQL) => rows<T>(db, query),
    executeSql: async (text, values) => {
      if (values !== undefined && values.length > 0) return client.query(text, values);
      // A block of statements answers the rows of all of them, as node-postgres does: the job
      // queue reads a lock row from the middle of BEGIN … COMMIT.
      const results = await client.exec(text);
      return { rows: results.flatMap((result) => result.rows) };
    },
    protectFiles: async () => undefined,
    close: () => client.close(),
  };
}

/** A pool connection that counts the statements it sends (omringd_db_statements_total). */
class CountingClient extends pg.Client {}
// eslint-disable-next-line @typescript-eslint/unbound-method -- applied below with the connection as `this`
const sendQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
CountingClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  databaseStatements.inc();
  return sendQuery.apply(this, args);
} as typeof pg.Client.prototype.query;

export function openPostgres(connectionString: string): Database {
  const options = Object.entries(SESSION_SETTINGS)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');
  // A request waits at most 5 s for a free connection, then answers 503 (never a hang).
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    options,
    connectionTimeoutMillis: 5_000,
    Client: CountingClient,
  });
  // An idle connection closed by the server (restart, admin) must not crash the process.
  pool.on('error', (error) => {
    console.error(`PostgreSQL connection lost: ${error.message}`);
  });
  const db = drizzlePg({ client: pool, schema });
  reportPool(() => ({
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  }));
  return {
    kind: 'postgres',
    db,
    migrate: () => migratePg(db, { migrationsFolder }),
    preparedRows: <T>(query: SQL) => namedStatement<T>(pool, query),
    preparedWrite: <T>(query: SQL) => namedStatement<T>(pool, query),
    executeSql: (text, values) => pool.query(text, values),
    protectFiles: async () => undefined,
    close: () => pool.end(),
  };
}

/** A statement prepared by name on each connection that runs it (node-postgres keeps the names). */
async function namedStatement<T>(pool: pg.Pool, query: SQL): Promise<T[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = `omringd_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
  const result = await pool.query<T & pg.QueryResultRow>({ name, text, values: params });
  return result.rows;
}

/** Rows of a raw SQL query, for the queries the query builder does not express (search). */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  // Both drivers answer with an object that has the rows; the row type is the query's contract.
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
