/**
 * The plan of the search statement for a few searches, with timings and buffers, on a database
 * kept by the benchmark: npm run bench:search -- --only postgres --keep omringd_bench, then
 * tsx bench/explainSearch.ts omringd_bench "q=opvoeding" "q=zwan". For the embedded database:
 * --only pglite --keep omringd_bench, then tsx bench/explainSearch.ts pglite:omringd_bench "q=…".
 */
import { serviceSearchQuerySchema } from '@omringd/core';
import { sql } from 'drizzle-orm';
import { rows } from '../packages/server/src/platform/db/database.ts';
import { openKept } from './keptDatabase.ts';
import { interpretQuery } from '../packages/server/src/modules/socialMap/search/interpret.ts';
import { buildFilters } from '../packages/server/src/modules/socialMap/search/filters.ts';
import { searchSql } from '../packages/server/src/modules/socialMap/search/searchStatement.ts';
const [name = '', ...searches] = process.argv.slice(2);
if (name === '' || searches.length === 0)
  throw new Error(
    'Usage: tsx bench/explainSearch.ts <database kept by bench:search --keep, pglite:<name> for the embedded one> "q=…" …',
  );
const database = await openKept(
  name,
  process.env.OMRINGD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
for (const qs of searches) {
  const query = serviceSearchQuerySchema.parse(Object.fromEntries(new URLSearchParams(qs)));
  const meaning = await interpretQuery(database.db, query);
  const text = { mode: 'all' as const, groups: meaning.plain, namePhrase: meaning.namePhrase };
  const place = meaning.place;
  const plan = await rows<{ 'QUERY PLAN': string }>(
    database.db,
    sql`EXPLAIN (ANALYZE, BUFFERS) ${searchSql(query, buildFilters(query, text, place), text, place, '2026-11-22')}`,
  );
  console.log('=====', qs);
  console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
}
await database.close();
