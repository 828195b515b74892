/**
 * Load benchmark on the embedded database (PGlite, the default): the audited case read at the
 * given connections and the 500-case list one request at a time, against a server started on a
 * data directory seeded here. There is no bare route to compare with (the embedded database
 * serves one process), so the figure is absolute; the target is 1,000 audited reads/s.
 * Usage: npm run bench:load:embedded [-- --cases N] [--audit N] [--connections N] [--seconds N]
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepare } from '../packages/server/src/bootstrap.ts';
import { openPglite } from '../packages/server/src/platform/db/database.ts';
import { signInOverHttp } from '../packages/server/test/support/httpSignIn.ts';
import { loadPaths, seedLoadData, started } from './loadSupport.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '5000' },
    audit: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
  },
});
const CASES = Number(values.cases);
const AUDIT = Number(values.audit);
const CONNECTIONS = Number(values.connections);
const SECONDS = Number(values.seconds);
const root = new URL('../', import.meta.url).pathname;

const dataDir = await mkdtemp(join(tmpdir(), 'omringd-load-embedded-'));
console.log(`Loading ${String(CASES)} cases and ${String(AUDIT)} audit rows into ${dataDir}…`);
const database = await openPglite(dataDir);
await prepare(database, new Date());
const { coordinator, lister, caseIds } = await seedLoadData(database, CASES, AUDIT);
await database.close();

const port = 40_000 + Math.floor(Math.random() * 10_000);
const api = spawn(
  process.execPath,
  [
    ...(process.env.OMRINGD_BENCH_PROFILE === '1'
      ? ['--cpu-prof', '--cpu-prof-dir', join(root, 'bench/results')]
      : []),
    '--import',
    'tsx',
    join(root, 'packages/server/src/cli.ts'),
    'serve',
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      OMRINGD_DATA_DIR: dataDir,
      PORT: String(port),
      OMRINGD_RATE_LIMIT_PER_MINUTE: '0',
      OMRINGD_ANCHOR_FILE: join(dataDir, 'anchors.jsonl'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
try {
  await started(api, 'Omringd is running');
  const base = `http://127.0.0.1:${String(port)}`;
  const session = await signInOverHttp(base, coordinator);
  const listSession = await signInOverHttp(base, lister);
  const audited = await loadPaths({
    url: base,
    paths: caseIds.map((id) => `/api/v1/cases/${id}`),
    cookie: session.cookie,
    connections: CONNECTIONS,
    seconds: SECONDS,
  });
  const listAlone = await loadPaths({
    url: base,
    paths: ['/api/v1/cases'],
    cookie: listSession.cookie,
    connections: 1,
    seconds: SECONDS,
  });
  console.table({ 'audited case read': audited, 'case list (500), one at a time': listAlone });
  console.log(
    `Audited reads on the embedded database: ${String(audited.requestsPerSecond)}/s (target ≥ 1,000)`,
  );
  const results = join(root, 'bench/results');
  await mkdir(results, { recursive: true });
  await writeFile(
    join(results, `load-embedded-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: { cores: cpus().length, node: process.version },
        setup: { cases: CASES, auditRows: AUDIT, connections: CONNECTIONS, seconds: SECONDS },
        audited,
        listAlone,
      },
      null,
      2,
    ),
  );
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 3_000));
  await rm(dataDir, { recursive: true, force: true });
}
