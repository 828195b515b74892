/**
 * Load benchmark on PostgreSQL: the audited case read (GET /api/v1/cases/:id, through the
 * session, the access check and the audit row) against a bare route reading the same row by its
 * primary key, measured in one run at the same number of connections, and the audited case list.
 * Prints requests/s, p50, p99 and errors with the ratio audited ÷ bare, and writes the figures
 * to bench/results/. The servers run as processes of their own; autocannon is the load.
 * Usage: npm run bench:load [-- --cases N] [--audit N] [--connections N] [--seconds N] [--keep]
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { prepare } from '../packages/server/src/bootstrap.ts';
import { openPostgres, rows, type Database } from '../packages/server/src/platform/db/database.ts';
import { organizations } from '../packages/server/src/platform/db/schema.ts';
import { createPerson } from '../packages/server/test/support/people.ts';
import { signInOverHttp } from '../packages/server/test/support/httpSignIn.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '20000' },
    audit: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
  },
});
const CASES = Number(values.cases);
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

async function started(child: ChildProcess, ready: string): Promise<void> {
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const began = Date.now();
  while (!output.includes(ready)) {
    if (Date.now() - began > 120_000 || child.exitCode !== null)
      throw new Error(`a server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

type Figures = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
};

async function load(url: string, paths: string[], cookie: string | null): Promise<Figures> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: cookie === null ? {} : { cookie },
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: paths[i++ % paths.length] ?? '/' }),
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Cases of one coordinator, written in one statement: families, cases, the coordinator. */
async function seedCases(
  db: Database['db'],
  organizationId: string,
  coordinatorId: string,
  n: number,
  label: string,
) {
  await db.execute(sql`
    WITH made AS (
      INSERT INTO families (id, label, postal_code, created_at)
      SELECT gen_random_uuid(), ${label} || ' ' || n, '3500', now() FROM generate_series(1, ${n}) n
      RETURNING id
    ), opened AS (
      INSERT INTO cases (id, family_id, organization_id, title, status, created_at, updated_at)
      SELECT gen_random_uuid(), id, ${organizationId}::uuid, 'Begeleiding', 'open', now(), now()
      FROM made
      RETURNING id
    )
    INSERT INTO case_members (case_id, user_id, organization_id, case_role, added_at)
    SELECT id, ${coordinatorId}::uuid, ${organizationId}::uuid, 'coordinator', now() FROM opened`);
}

const url = await freshDatabase();
console.log(`Loading ${String(CASES)} cases and ${String(AUDIT)} audit rows…`);
const database = openPostgres(url);
await prepare(database, new Date());
const [org] = await database.db
  .select()
  .from(organizations)
  .where(eq(organizations.key, 'zorggarantie-limburg'));
const coordinator = await createPerson(database.db, {
  role: 'case_coordinator',
  organizationId: org?.id ?? '',
  name: 'Bench Coordinator',
  now: new Date(),
});
await seedCases(database.db, org?.id ?? '', coordinator.id, CASES, 'Gezin');
// The list is measured for a coordinator of 500 cases (the target: p95 ≤ 50 ms).
const lister = await createPerson(database.db, {
  role: 'case_coordinator',
  organizationId: org?.id ?? '',
  name: 'List Coordinator',
  now: new Date(),
});
await seedCases(database.db, org?.id ?? '', lister.id, 500, 'Lijst');
await database.db.execute(sql`
  INSERT INTO audit_events (action, outcome, purpose, subject_type, details)
  SELECT 'read', 'success', 'care', 'case', '{}'::jsonb FROM generate_series(1, ${AUDIT})`);
await database.db.execute(sql`ANALYZE`);
const caseIds = (
  await rows<{ id: string }>(
    database.db,
    sql`SELECT case_id AS id FROM case_members WHERE user_id = ${coordinator.id}::uuid ORDER BY random() LIMIT 2000`,
  )
).map((r) => r.id);
await database.close();

const apiPort = 40_000 + Math.floor(Math.random() * 10_000);
const barePort = apiPort + 1;
const api = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'packages/server/src/cli.ts'), 'serve'],
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
  const bareFigures = await load(
    `http://127.0.0.1:${String(barePort)}`,
    caseIds.map((id) => `/bare/${id}`),
    null,
  );
  const audited = await load(
    apiBase,
    caseIds.map((id) => `/api/v1/cases/${id}`),
    session.cookie,
  );
  const list = await load(apiBase, ['/api/v1/cases'], listSession.cookie);
  const ratio = audited.requestsPerSecond / Math.max(1, bareFigures.requestsPerSecond);
  console.table({
    bare: bareFigures,
    'audited case read': audited,
    'case list (500)': list,
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
        bare: bareFigures,
        audited,
        list,
        auditedOverBare: ratio,
      },
      null,
      2,
    ),
  );
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
