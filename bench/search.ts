/**
 * Search benchmark: 50,000 generated Dutch services, on embedded PGlite and on PostgreSQL.
 * Measures in one run, per storage mode, the search endpoint over HTTP and the same SQL executed
 * directly (p50/p95 for word, prefix, typo and filtered queries), prints a table with the ratio
 * HTTP/raw and writes the figures to bench/results/.
 * Usage: npm run bench:search [-- --services N] [--only postgres|pglite] [--keep dbname]
 */
import { serviceSearchQuerySchema, searchTerms } from '@omringd/core';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app.ts';
import { ensureGeography } from '../packages/server/src/bootstrap.ts';
import { openPglite, openPostgres, type Database } from '../packages/server/src/db/database.ts';
import { writeDirectory } from '../packages/server/src/directory/writeDirectory.ts';
import { suggestCorrection } from '../packages/server/src/search/lexicon.ts';
import { resolvePlace } from '../packages/server/src/search/place.ts';
import { runSearch } from '../packages/server/src/search/searchServices.ts';
import { generateDirectory } from './generateDirectory.ts';
import type { ClientResult, ClientRound, ClientSetup } from './httpClient.ts';
import { keptName, keptPgliteDir, keptPostgresUrl } from './keptDatabase.ts';

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '50000' },
    rounds: { type: 'string', default: '20' },
    only: { type: 'string' },
    /**
     * Load into this database and keep it; a later run with the same name reuses it. PostgreSQL:
     * a database of that name; PGlite: a data directory of that name under bench/.keep/.
     */
    keep: { type: 'string' },
  },
});
const SERVICES = Number(values.services);
const ROUNDS = Number(values.rounds);
const adminUrl =
  process.env.OMRINGD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TODAY = '2026-11-22';

const queries: Record<string, string[]> = {
  word: [
    'zwangerschap',
    'opvoeding',
    'verslaving',
    'schulden',
    'hechting',
    'mantelzorg',
    'kraamgeld',
    'huisvesting',
    'depressie',
    'kinderopvang',
  ].map((q) => `q=${q}`),
  prefix: [
    'zwan',
    'opvoe',
    'versl',
    'schul',
    'hech',
    'mantel',
    'kraam',
    'huisv',
    'depr',
    'kindero',
  ].map((q) => `q=${q}`),
  typo: [
    'zwangerchap',
    'opvoedng',
    'verslavnig',
    'schuldn',
    'hechtnig',
    'mantelzrg',
    'kraamgled',
    'huisvestig',
    'depresie',
    'kinderopvnag',
  ].map((q) => `q=${q}`),
  filtered: [
    'q=opvoeding&postcode=3500&age=12',
    'q=zwanger&postcode=9000&modality=mobile',
    'q=schulden&province=VAN&free=true',
    'q=hechting&postcode=8400&targetGroup=families',
    'q=verslaving&postcode=2800&age=pregnant',
    'q=stress&postcode=3000&domain=parenting',
    'q=rouw&postcode=3600&modality=group',
    'q=huisvesting&postcode=1000',
    'q=taalontwikkeling&province=VLI&age=36',
    'q=kinderopvang&postcode=9300&free=true',
  ],
};

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100;
}

/**
 * What the endpoint runs for one request, called directly on the same connection: the place
 * lookup, the search statement with its counts added up, and on a typo the lexicon lookup and the
 * corrected search.
 */
async function runRaw(database: Database, queryString: string): Promise<void> {
  const query = serviceSearchQuerySchema.parse(
    Object.fromEntries(new URLSearchParams(queryString)),
  );
  const db = database.db;
  const place = await resolvePlace(db, query);
  const terms = searchTerms(query.q);
  const found = await runSearch(database, query, terms, place, TODAY);
  if (found.total === 0 && terms.length > 0) {
    const corrected = await suggestCorrection(db, terms);
    if (corrected !== null) await runSearch(database, query, corrected, place, TODAY);
  }
}

/**
 * Rounds of warm-up before measuring: PGlite's WebAssembly is compiled in tiers, the hot code
 * optimised only after it has run a while; the figures are those of a server that has been up.
 */
const WARMUP_ROUNDS = 3;

/** The HTTP client in its own thread (bench/httpClient.ts): one call, one round of requests. */
function startClient(base: string): {
  round(queries: string[]): Promise<{ samples: number[]; totalHits: number }>;
  stop(): Promise<number>;
} {
  const setup: ClientSetup = { base, path: '/api/v1/services' };
  // A worker does not inherit the TypeScript loader this script runs with: it registers it first.
  const client = new URL('./httpClient.ts', import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(client)}); })`,
    { eval: true, workerData: setup },
  );
  return {
    round: (queries) =>
      new Promise((resolve, reject) => {
        worker.once('message', (result: ClientResult) => {
          if ('error' in result) reject(new Error(result.error));
          else resolve(result);
        });
        worker.once('error', reject);
        const round: ClientRound = { queries };
        worker.postMessage(round);
      }),
    stop: () => worker.terminate(),
  };
}

async function rawRound(database: Database, queries: string[]): Promise<number[]> {
  const samples: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    await runRaw(database, q);
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * HTTP and raw rounds alternate, so that both see the machine as it is at that moment: on a
 * shared machine its speed drifts over seconds, which would otherwise tilt the ratio.
 */
async function measure(
  database: Database,
  base: string,
  list: string[],
): Promise<{ http: number[]; raw: number[]; totalHits: number }> {
  const client = startClient(base);
  try {
    for (let round = 0; round < WARMUP_ROUNDS; round++) {
      await client.round(list);
      await rawRound(database, list);
    }
    const http: number[] = [];
    const raw: number[] = [];
    let totalHits = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const result = await client.round(list);
      http.push(...result.samples);
      totalHits += result.totalHits;
      raw.push(...(await rawRound(database, list)));
    }
    return { http, raw, totalHits };
  } finally {
    await client.stop();
  }
}

async function load(database: Database): Promise<number> {
  const start = performance.now();
  await database.migrate();
  await ensureGeography(database);
  const directory = generateDirectory(SERVICES);
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

type ModeResult = {
  mode: string;
  loadMs: number;
  types: Record<
    string,
    {
      httpP50: number;
      httpP95: number;
      rawP50: number;
      rawP95: number;
      ratioP50: number;
      ratioP95: number;
      totalHits: number;
    }
  >;
};

async function benchMode(mode: 'pglite' | 'postgres'): Promise<ModeResult> {
  process.stderr.write(`${mode}: loading ${SERVICES} services…\n`);
  let database: Database;
  let dropDatabase = async () => undefined as unknown;
  let reuse = false;
  if (values.keep !== undefined) keptName(values.keep);
  if (mode === 'pglite') {
    const dataDir = values.keep === undefined ? undefined : keptPgliteDir(values.keep);
    reuse = dataDir !== undefined && existsSync(dataDir);
    if (dataDir !== undefined) await mkdir(dirname(dataDir), { recursive: true });
    database = await openPglite(dataDir);
  } else {
    const name = values.keep ?? `omringd_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]))
      .rowCount;
    reuse = values.keep !== undefined && exists === 1;
    if (!reuse) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
    await admin.end();
    database = openPostgres(keptPostgresUrl(adminUrl, name));
    if (values.keep === undefined)
      dropDatabase = async () => {
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      };
  }
  const loadMs = reuse ? 0 : await load(database);
  process.stderr.write(`${mode}: loaded in ${loadMs} ms\n`);
  // One client sends thousands of searches a minute here: the per-client limit would refuse them.
  const app = await buildApp({
    database,
    clock: () => new Date(`${TODAY}T10:00:00Z`),
    rateLimitPerMinute: false,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const types: ModeResult['types'] = {};
  for (const [type, list] of Object.entries(queries)) {
    const { http, raw, totalHits } = await measure(database, base, list);
    process.stderr.write(`  ${type}: ${http.length} HTTP and ${raw.length} raw samples\n`);
    const [httpP50, httpP95, rawP50, rawP95] = [
      percentile(http, 50),
      percentile(http, 95),
      percentile(raw, 50),
      percentile(raw, 95),
    ];
    types[type] = {
      httpP50,
      httpP95,
      rawP50,
      rawP95,
      ratioP50: Math.round((httpP50 / rawP50) * 100) / 100,
      ratioP95: Math.round((httpP95 / rawP95) * 100) / 100,
      totalHits: Math.round(totalHits / ROUNDS),
    };
  }
  await app.close();
  await database.close();
  await dropDatabase();
  return { mode, loadMs, types };
}

const modes = (values.only === undefined ? ['pglite', 'postgres'] : [values.only]) as (
  'pglite' | 'postgres'
)[];
const results: ModeResult[] = [];
for (const mode of modes) results.push(await benchMode(mode));

const lines = ['mode      type      http p50  http p95   raw p50   raw p95  ratio p50  ratio p95'];
for (const r of results) {
  for (const [type, t] of Object.entries(r.types)) {
    lines.push(
      `${r.mode.padEnd(9)} ${type.padEnd(9)} ${String(t.httpP50).padStart(8)} ${String(t.httpP95).padStart(9)} ${String(t.rawP50).padStart(9)} ${String(t.rawP95).padStart(9)} ${String(t.ratioP50).padStart(10)} ${String(t.ratioP95).padStart(10)}`,
    );
  }
}
console.log(
  `Search benchmark: ${SERVICES} services, ${ROUNDS} rounds × 10 queries per type, times in ms`,
);
console.log(lines.join('\n'));
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL(
  `./results/search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  import.meta.url,
);
await writeFile(
  file,
  JSON.stringify(
    {
      services: SERVICES,
      rounds: ROUNDS,
      node: process.version,
      cpus: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      results,
    },
    null,
    2,
  ),
);
console.log(`Written to ${file.pathname}`);
