/**
 * Relevance of the social-map search on the demo directory: the questions of the relevance set
 * (packages/server/test/relevance/queries.ts) through the real API, on embedded PGlite and on
 * PostgreSQL; hit@1, hit@5 and MRR per kind of question, every question that missed the top
 * five with what came instead. Prints a table and writes JSON to bench/results/.
 *
 *   npm run bench:relevance            # both storage modes
 *   npm run bench:relevance -- --only pglite
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app.ts';
import { prepare } from '../packages/server/src/bootstrap.ts';
import {
  openPglite,
  openPostgres,
  type Database,
} from '../packages/server/src/platform/db/database.ts';
import { figuresByKind, judge } from '../packages/server/test/relevance/evaluate.ts';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const modes = (['pglite', 'postgres'] as const).filter(
  (m) => values.only === undefined || values.only === m,
);
if (modes.length === 0) {
  console.error(`--only takes pglite or postgres, not "${values.only ?? ''}".`);
  process.exit(2);
}
const adminUrl =
  process.env.OMRINGD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function open(
  mode: 'pglite' | 'postgres',
): Promise<{ database: Database; drop(): Promise<void> }> {
  if (mode === 'pglite') {
    const database = await openPglite();
    return { database, drop: () => database.close() };
  }
  const name = `omringd_relevance_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString());
  return {
    database,
    drop: async () => {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const report: Record<string, unknown> = { measuredAt: new Date().toISOString() };
for (const mode of modes) {
  const opened = await open(mode);
  const database = opened.database;
  await prepare(database, new Date());
  const app = await buildApp({ database, clock: () => new Date(), rateLimitPerMinute: false });
  const judged = await judge(async (q) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/services?q=${encodeURIComponent(q)}`,
    });
    return response.json<{ results: { name: string }[] }>().results.map((r) => r.name);
  });
  const byKind = figuresByKind(judged);
  console.log(`\n${mode}: ${judged.length} questions`);
  console.log('kind       queries  hit@1  hit@5   MRR');
  for (const [kind, f] of Object.entries(byKind))
    console.log(
      `${kind.padEnd(10)} ${String(f.queries).padStart(7)}  ${f.hitAt1.toFixed(2)}   ${f.hitAt5.toFixed(2)}  ${f.mrr.toFixed(2)}`,
    );
  const missed = judged.filter((j) => j.rank === null || j.rank > 1);
  if (missed.length > 0) console.log('\nnot first:');
  for (const j of missed)
    console.log(
      `  ${j.rank === null ? '—' : `#${j.rank}`}  ${j.q}  →  ${j.top.slice(0, 3).join(' | ')}`,
    );
  report[mode] = {
    byKind,
    judged: judged.map(({ q, kind, rank, top }) => ({ q, kind, rank, top })),
  };
  await app.close();
  await opened.drop();
}
await mkdir(new URL('results/', import.meta.url), { recursive: true });
const file = new URL(
  `results/relevance-${new Date().toISOString().slice(0, 16).replace(/:/g, '')}.json`,
  import.meta.url,
);
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten to ${file.pathname}`);
