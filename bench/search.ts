/**
 * Search benchmark: 50,000 generated Dutch services, on embedded PGlite and on PostgreSQL.
 * Measures in one run, per storage mode, the search endpoint over HTTP and the same SQL executed
 * directly (p50/p95 for word, prefix, typo, filtered and natural queries, and the HSDS API's
 * search for a common word), prints a table with the ratio
 * HTTP/raw and, with both modes, PGlite ÷ PostgreSQL, and writes the figures to bench/results/.
 * The modes are loaded side by side and measured query by query in turn, so every ratio compares
 * samples taken at the same time.
 * Usage: npm run bench:search [-- --services N] [--only postgres|pglite] [--keep dbname]
 */
import { serviceSearchQuerySchema } from '@omringd/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Database } from '../packages/server/src/platform/db/database.ts';
import { searchServices } from '../packages/server/src/modules/socialMap/search/searchServices.ts';
import { readServices } from '../packages/server/src/modules/socialMap/directory/readService.ts';
import { startClient, type HttpClient } from './httpClient.ts';
import { openTarget, type StorageMode, type StorageTarget } from './storageTarget.ts';

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

const api: Record<string, string[]> = {
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
  // What a professional types: 4–7 words, a place among them, and a word no service has.
  natural: [
    'alleenstaande vader verslaving jonge kinderen Antwerpen',
    'ontwenning ouders kinderen Gent blorptak',
    'ongeboren kind drugafhankelijke ouders West-Vlaanderen',
    'zwangere tiener zonder woning Limburg qwxzv',
    'schulden en opvoeding alleenstaande moeder Leuven',
    'hulp bij kraamgeld voor de baby Brugge zlorp',
    'depressie na de bevalling Hasselt',
    'huisbezoek opvoeding peuter Mechelen vrondel',
    'kinderopvang gratis voor gezinnen in armoede Oostende',
    'hechting baby verslaafde moeder Noord-Limburg',
  ].map((q) => `q=${encodeURIComponent(q)}`),
};

/** Every request as a path: our search API, and the HSDS API's text search with a common word. */
const queries: Record<string, string[]> = {
  ...Object.fromEntries(
    Object.entries(api).map(([type, list]) => [type, list.map((q) => `/api/v1/services?${q}`)]),
  ),
  hsds: (api.word ?? []).map((q) => `/hsds/services?search=${q.slice('q='.length)}`),
};

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/**
 * What the endpoint runs for one request, called directly on the same connection: the reading
 * of the text (place, words, corrections), the search statement with its counts, and the search
 * for any of the words when all of them found less than a page; for the HSDS API also the
 * reading of the page's services in full.
 */
async function runRaw(database: Database, path: string): Promise<void> {
  const url = new URL(path, 'http://bench');
  if (url.pathname === '/hsds/services') {
    const found = await searchServices(
      database,
      { q: url.searchParams.get('search') ?? '', age: undefined, page: 1, perPage: 20 },
      TODAY,
    );
    await readServices(
      database.db,
      found.results.map((r) => r.id),
    );
    return;
  }
  const query = serviceSearchQuerySchema.parse(Object.fromEntries(url.searchParams));
  await searchServices(database, query, TODAY);
}

async function rawRound(database: Database, list: string[]): Promise<number[]> {
  const samples: number[] = [];
  for (const q of list) {
    const start = performance.now();
    await runRaw(database, q);
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Rounds of warm-up before measuring: PGlite's WebAssembly is compiled in tiers, the hot code
 * optimised only after it has run a while; the figures are those of a server that has been up.
 */
const WARMUP_ROUNDS = 3;

type Samples = { http: number[]; raw: number[]; totalHits: number };

/**
 * One query type on every storage mode: each query is sent over HTTP and run raw on each mode in
 * turn. On a shared machine the speed drifts over seconds; alternating query by query gives every
 * mode, and HTTP and raw, the same share of slow and fast moments.
 */
async function measureType(
  running: { target: StorageTarget; client: HttpClient }[],
  list: string[],
): Promise<Samples[]> {
  const samples: Samples[] = running.map(() => ({ http: [], raw: [], totalHits: 0 }));
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    for (const q of list) {
      for (const [i, { target, client }] of running.entries()) {
        const http = await client.round([q]);
        const raw = await rawRound(target.database, [q]);
        const s = samples[i];
        if (round < WARMUP_ROUNDS || s === undefined) continue;
        s.http.push(...http.samples);
        s.raw.push(...raw);
        s.totalHits += http.totalHits;
      }
    }
  }
  return samples;
}

type TypeResult = {
  httpP50: number;
  httpP95: number;
  rawP50: number;
  rawP95: number;
  ratioP50: number;
  ratioP95: number;
  totalHits: number;
};
type ModeResult = { mode: StorageMode; loadMs: number; types: Record<string, TypeResult> };

function summarise(s: Samples): TypeResult {
  const [httpP50, httpP95, rawP50, rawP95] = [
    percentile(s.http, 50),
    percentile(s.http, 95),
    percentile(s.raw, 50),
    percentile(s.raw, 95),
  ];
  return {
    httpP50,
    httpP95,
    rawP50,
    rawP95,
    ratioP50: ratio(httpP50, rawP50),
    ratioP95: ratio(httpP95, rawP95),
    totalHits: Math.round(s.totalHits / ROUNDS),
  };
}

const allModes: StorageMode[] = ['pglite', 'postgres'];
const only = allModes.find((m) => m === values.only);
if (values.only !== undefined && only === undefined)
  throw new Error(`--only takes pglite or postgres, not "${values.only}".`);
const modes = only === undefined ? allModes : [only];
const options = { services: SERVICES, keep: values.keep, adminUrl, today: TODAY };
const running: { target: StorageTarget; client: HttpClient }[] = [];
for (const mode of modes) {
  const target = await openTarget(mode, options);
  running.push({ target, client: startClient(target.base) });
}
const results: ModeResult[] = running.map(({ target }) => ({
  mode: target.mode,
  loadMs: target.loadMs,
  types: {},
}));
try {
  for (const [type, list] of Object.entries(queries)) {
    const samples = await measureType(running, list);
    for (const [i, s] of samples.entries()) {
      const result = results[i];
      if (result !== undefined) result.types[type] = summarise(s);
    }
    process.stderr.write(`  ${type}: ${ROUNDS * list.length} HTTP and raw samples per mode\n`);
  }
} finally {
  for (const { target, client } of running) {
    await client.stop();
    await target.close();
  }
}

const cell = (value: number, width: number) => String(value).padStart(width);
const lines = ['mode      type      http p50  http p95   raw p50   raw p95  ratio p50  ratio p95'];
for (const r of results) {
  for (const [type, t] of Object.entries(r.types)) {
    lines.push(
      `${r.mode.padEnd(9)} ${type.padEnd(9)} ${cell(t.httpP50, 8)} ${cell(t.httpP95, 9)} ${cell(t.rawP50, 9)} ${cell(t.rawP95, 9)} ${cell(t.ratioP50, 10)} ${cell(t.ratioP95, 10)}`,
    );
  }
}
/** PGlite's HTTP times over PostgreSQL's, from the same alternating rounds. */
const pglite = results.find((r) => r.mode === 'pglite');
const postgres = results.find((r) => r.mode === 'postgres');
const pgliteOverPostgres: Record<string, { httpP50: number; httpP95: number }> = {};
if (pglite !== undefined && postgres !== undefined) {
  lines.push('', 'PGlite ÷ PostgreSQL, HTTP   p50    p95');
  for (const [type, t] of Object.entries(pglite.types)) {
    const other = postgres.types[type];
    if (other === undefined) continue;
    const r = {
      httpP50: ratio(t.httpP50, other.httpP50),
      httpP95: ratio(t.httpP95, other.httpP95),
    };
    pgliteOverPostgres[type] = r;
    lines.push(`${type.padEnd(26)} ${cell(r.httpP50, 5)} ${cell(r.httpP95, 6)}`);
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
      pgliteOverPostgres,
    },
    null,
    2,
  ),
);
console.log(`Written to ${file.pathname}`);
