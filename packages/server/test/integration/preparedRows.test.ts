/**
 * Prepared statements on the embedded engine (db/pglitePrepared.ts): the same rows as a plain
 * query, one statement per shape, the plan mode restored, errors passed on, and no statement
 * slipped into another caller's open transaction. On PostgreSQL preparedRows is a plain query;
 * the search tests run it on both storage modes.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, rows, type Database } from '../../src/platform/db/database.ts';

const counted = (min: number, label: string | null, flag: boolean) =>
  sql`SELECT count(*)::int AS n, ${label}::text AS label, ${flag}::boolean AS flag
      FROM generate_series(1, 10) AS g(i) WHERE g.i >= ${min}::int`;

describe('prepared statements on the embedded database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openPglite();
    await database.db.execute(sql`CREATE TABLE kept (n int)`);
  });
  afterAll(() => database.close());

  it('returns what a plain query returns, for each set of values, from one prepared statement', async () => {
    for (const [min, label, flag] of [
      [3, 'drie', true],
      [8, null, false],
      [11, 'geen', true],
    ] as const) {
      const plain = await rows(database.db, counted(min, label, flag));
      expect(await database.preparedRows(counted(min, label, flag))).toEqual(plain);
    }
    expect(await database.preparedRows(counted(4, 'vier', false))).toEqual([
      { n: 7, label: 'vier', flag: false },
    ]);
    const statements = await rows<{ name: string; generic_plans: number }>(
      database.db,
      sql`SELECT name, generic_plans::int FROM pg_prepared_statements`,
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.name).toMatch(/^omringd_[0-9a-f]{32}$/);
    expect(statements[0]?.generic_plans).toBe(4);
  });

  it('restores the plan mode, also when the statement fails, and passes the error on', async () => {
    await expect(database.preparedRows(sql`SELECT 1 / ${0}::int AS n`)).rejects.toThrow(
      /division by zero/,
    );
    const [mode] = await rows<{ plan_cache_mode: string }>(database.db, sql`SHOW plan_cache_mode`);
    expect(mode?.plan_cache_mode).toBe('auto');
    expect(await database.preparedRows(sql`SELECT 1 / ${1}::int AS n`)).toEqual([{ n: 1 }]);
  });

  it('waits for another caller’s open transaction instead of running inside it', async () => {
    let read: Promise<{ n: number }[]> | undefined;
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO kept VALUES (1)`);
        let settled = false;
        read = database
          .preparedRows<{ n: number }>(sql`SELECT count(*)::int AS n FROM kept`)
          .finally(() => {
            settled = true;
          });
        // One more statement inside the transaction: had the read joined it, it would be done.
        await tx.execute(sql`SELECT 1`);
        expect(settled).toBe(false);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow(/rolled back on purpose/);
    expect(await read).toEqual([{ n: 0 }]);
  });

  it('refuses a value that is not a scalar, saying so', async () => {
    await expect(database.preparedRows(sql`SELECT ${new Date(0)}::text AS moment`)).rejects.toThrow(
      /must be a scalar/,
    );
  });
});
