import { serviceSearchQuerySchema, searchTerms } from '@omringd/core';
import { sql } from 'drizzle-orm';
import { openPostgres, rows } from '../packages/server/src/db/database.ts';
import { resolvePlace } from '../packages/server/src/search/place.ts';
import { buildFilters } from '../packages/server/src/search/filters.ts';
import { searchSql, toTsquery } from '../packages/server/src/search/searchServices.ts';
const database = openPostgres('postgres://postgres@127.0.0.1:5432/omringd_explain');
for (const qs of process.argv.slice(2)) {
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
