/**
 * The plan of the search statement for a few searches, with timings and buffers, on a PostgreSQL
 * database loaded by the benchmark: npm run bench:search -- --only postgres --keep omringd_bench,
 * then tsx bench/explainSearch.ts omringd_bench "q=opvoeding" "q=zwan".
 */
import { serviceSearchQuerySchema, searchTerms } from '@omringd/core';
import { sql } from 'drizzle-orm';
import { openPostgres, rows } from '../packages/server/src/db/database.ts';
import { resolvePlace } from '../packages/server/src/search/place.ts';
import { buildFilters } from '../packages/server/src/search/filters.ts';
import { searchSql, toTsquery } from '../packages/server/src/search/searchServices.ts';
const [name = '', ...searches] = process.argv.slice(2);
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name) || searches.length === 0)
  throw new Error(
    'Usage: tsx bench/explainSearch.ts <database kept by bench:search --keep> "q=…" …',
  );
const url = new URL(
  process.env.OMRINGD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
url.pathname = `/${name}`;
const database = openPostgres(url.toString());
for (const qs of searches) {
  const query = serviceSearchQuerySchema.parse(Object.fromEntries(new URLSearchParams(qs)));
  const place = await resolvePlace(database.db, query);
  const tsq = toTsquery(searchTerms(query.q));
  const plan = await rows<{ 'QUERY PLAN': string }>(
    database.db,
    sql`EXPLAIN (ANALYZE, BUFFERS) ${searchSql(query, buildFilters(query, tsq, place), tsq, place, '2026-11-22')}`,
  );
  console.log('=====', qs);
  console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
}
await database.close();
