/**
 * Load benchmark on PostgreSQL: the audited case read (GET /api/v1/cases/:id, through the
 * session, the access check and the audit row) against a bare route reading the same row by its
 * primary key, measured in one run at the same number of connections, and the audited case list.
 * Prints requests/s, p50, p99 and errors with the ratio audited ÷ bare, and writes the figures
 * to bench/results/. The servers run as processes of their own; autocannon is the load.
 * Then the mixed day (bench/loadMix.ts: 70 % reads, 20 % searches, 10 % writes) at the given
 * connections and at 200, with its error rate.
 * Usage: npm run bench:load [-- --cases N] [--services N] [--audit N] [--connections N]
 *   [--seconds N] [--keep] [--reads-only]
 *   [--profile]
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { prepare } from '../packages/server/src/bootstrap.ts';
import { openPostgres } from '../packages/server/src/platform/db/database.ts';
import { writeDirectory } from '../packages/server/src/modules/socialMap/directory/writeDirectory.ts';
import { generateDirectory } from './generateDirectory.ts';
import { withCpuShare } from './cpuShare.ts';
import { MIX, mixedRequest, type MixSession } from './loadMix.ts';
import { figuresOf, loadPaths, seedLoadData, started } from './loadSupport.ts';
import { signInOverHttp } from '../packages/server/test/support/httpSignIn.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '20000' },
    services: { type: 'string', default: '50000' },
    audit: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
    /** Only the bare route and the audited read (for a quick comparison of one change). */
    'reads-only': { type: 'boolean', default: false },
    /** Writes a CPU profile of the API server to bench/results/ (for finding where time goes). */
    profile: { type: 'boolean', default: false },
  },
});
const CASES = Number(values.cases);
const SERVICES = Number(values.services);
const AUDIT = Number(values.audit);
const CONNECTIONS = Number(values.connections);
const SECONDS = Number(values.seconds);
const adminUrl =
  process.env.OMRINGD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const root = new URL('../', import.meta.url).pathname;

async function freshDatabase(): Promise<string> {
  const name = values.keep
    ? 'omringd_bench_load'
    : `omringd_load_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const load = (url: string, paths: string[], cookie: string | null, connections = CONNECTIONS) =>
  loadPaths({ url, paths, cookie, connections, seconds: SECONDS });

/** The mixed day (bench/loadMix.ts) at this many connections. */
async function mixed(url: string, ids: string[], session: MixSession, connections: number) {
  return figuresOf(
    await autocannon({
      url,
      connections,
      duration: SECONDS,
      requests: [mixedRequest(ids, session)],
    }),
  );
}

const withoutCpu = <T extends { cpuPerRequest: unknown }>(f: T): Omit<T, 'cpuPerRequest'> =>
  Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'cpuPerRequest')) as Omit<
    T,
    'cpuPerRequest'
  >;

const mixLabel = `${String(MIX.caseView + MIX.inbox)}/${String(MIX.search)}/${String(MIX.write)}`;
const url = await freshDatabase();
console.log(
  `Loading ${String(SERVICES)} services, ${String(CASES)} cases and ${String(AUDIT)} audit rows…`,
);
const database = openPostgres(url);
await prepare(database, new Date());
const directory = generateDirectory(SERVICES);
for (let i = 0; i < directory.organizations.length; i += 500)
  await writeDirectory(
    database.db,
    { ...directory, organizations: directory.organizations.slice(i, i + 500) },
    new Date('2026-11-01T00:00:00Z'),
  );
const { coordinator, lister, caseIds, sealed, sealSeconds } = await seedLoadData(
  database,
  CASES,
  AUDIT,
);
console.log(
  `Sealed ${String(sealed)} audit rows in ${sealSeconds.toFixed(1)} s (${String(Math.round(sealed / sealSeconds))} rows/s).`,
);
await database.close();

const apiPort = 40_000 + Math.floor(Math.random() * 10_000);
const barePort = apiPort + 1;
const api = spawn(
  process.execPath,
  [
    ...(values.profile ? ['--cpu-prof', '--cpu-prof-dir', join(root, 'bench/results')] : []),
    '--import',
    'tsx',
    join(root, 'packages/server/src/cli.ts'),
    'serve',
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(apiPort),
      OMRINGD_FILE_KEY: randomBytes(32).toString('base64'),
      OMRINGD_RATE_LIMIT_PER_MINUTE: '0',
      OMRINGD_ANCHOR_FILE: join(tmpdir(), 'omringd-load-anchors.jsonl'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
const bare = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/bareServer.ts')], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: url, PORT: String(barePort) },
  stdio: ['ignore', 'pipe', 'pipe'],
});
try {
  await Promise.all([started(api, 'Omringd is running'), started(bare, 'bare route ready')]);
  const apiBase = `http://127.0.0.1:${String(apiPort)}`;
  const session = await signInOverHttp(apiBase, coordinator);
  const listSession = await signInOverHttp(apiBase, lister);
  const bareFigures = await withCpuShare(bare.pid, SECONDS, () =>
    load(
      `http://127.0.0.1:${String(barePort)}`,
      caseIds.map((id) => `/bare/${id}`),
      null,
    ),
  );
  const audited = await withCpuShare(api.pid, SECONDS, () =>
    load(
      apiBase,
      caseIds.map((id) => `/api/v1/cases/${id}`),
      session.cookie,
    ),
  );
  console.log('CPU ms per request (server, PostgreSQL, load generator):', {
    bare: bareFigures.cpuPerRequest,
    audited: audited.cpuPerRequest,
  });
  if (values['reads-only']) {
    console.table({ bare: withoutCpu(bareFigures), 'audited case read': withoutCpu(audited) });
    const share = audited.requestsPerSecond / Math.max(1, bareFigures.requestsPerSecond);
    console.log(`Audited read ÷ bare route: ${(share * 100).toFixed(1)} % (target ≥ 25 %)`);
  } else {
    const list = await load(apiBase, ['/api/v1/cases'], listSession.cookie);
    // The list's own latency: one request at a time (the 50 ms target is a user's wait).
    const listAlone = await load(apiBase, ['/api/v1/cases'], listSession.cookie, 1);
    const mix = await mixed(apiBase, caseIds, session, CONNECTIONS);
    const mix200 = await mixed(apiBase, caseIds, session, 200);
    const ratio = audited.requestsPerSecond / Math.max(1, bareFigures.requestsPerSecond);
    console.table({
      bare: withoutCpu(bareFigures),
      'audited case read': withoutCpu(audited),
      'case list (500)': list,
      'case list (500), one at a time': listAlone,
      [`mix ${mixLabel}, ${String(CONNECTIONS)} connections`]: mix,
      [`mix ${mixLabel}, 200 connections`]: mix200,
    });
    console.log(`Audited read ÷ bare route: ${(ratio * 100).toFixed(1)} % (target ≥ 25 %)`);
    const results = join(root, 'bench/results');
    await mkdir(results, { recursive: true });
    await writeFile(
      join(results, `load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          machine: { cores: cpus().length, node: process.version },
          setup: { cases: CASES, auditRows: AUDIT, connections: CONNECTIONS, seconds: SECONDS },
          sealing: { rows: sealed, seconds: sealSeconds },
          bare: bareFigures,
          audited,
          list,
          listAlone,
          mix: { weights: MIX, [CONNECTIONS]: mix, 200: mix200 },
          auditedOverBare: ratio,
        },
        null,
        2,
      ),
    );
  }
} finally {
  api.kill('SIGTERM');
  bare.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 2_000));
  if (!values.keep) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
    await admin.end();
  }
}
