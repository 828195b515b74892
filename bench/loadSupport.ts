/** What the load benchmarks share: starting a server, loading paths, the figures, the seed. */
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { eq, sql } from 'drizzle-orm';
import { rows, type Database } from '../packages/server/src/platform/db/database.ts';
import { organizations } from '../packages/server/src/platform/db/schema.ts';
import { sealAuditTrail } from '../packages/server/src/kernel/audit/sealer.ts';
import { createPerson } from '../packages/server/test/support/people.ts';

export async function started(child: ChildProcess, ready: string): Promise<void> {
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

export type Figures = {
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Errors, timeouts and answers other than 2xx, of all requests. */
  errorRate: number;
};

export async function loadPaths(on: {
  url: string;
  paths: string[];
  cookie: string | null;
  connections: number;
  seconds: number;
}): Promise<Figures> {
  let i = 0;
  return figuresOf(
    await autocannon({
      url: on.url,
      connections: on.connections,
      duration: on.seconds,
      headers: on.cookie === null ? {} : { cookie: on.cookie },
      requests: [
        {
          setupRequest: (request) => ({ ...request, path: on.paths[i++ % on.paths.length] ?? '/' }),
        },
      ],
    }),
  );
}

export function figuresOf(result: autocannon.Result): Figures {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    errorRate:
      (result.errors + result.timeouts + result.non2xx) / Math.max(1, result.requests.total),
  };
}

/** Cases of one coordinator, written in one statement: families, cases, the coordinator. */
export async function seedCases(
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

/**
 * What both load benchmarks measure on: a coordinator of `cases` cases (the audited read), one of
 * 500 (the list; target p95 ≤ 50 ms), `audit` audit rows sealed as a running server leaves them,
 * and 2,000 of the first coordinator's case ids in random order.
 */
export async function seedLoadData(database: Database, cases: number, audit: number) {
  const db = database.db;
  const [org] = await db
    .select()
    .from(organizations)
    .where(eq(organizations.key, 'zorggarantie-limburg'));
  const organizationId = org?.id ?? '';
  const person = (name: string) =>
    createPerson(db, { role: 'case_coordinator', organizationId, name, now: new Date() });
  const coordinator = await person('Bench Coordinator');
  const lister = await person('List Coordinator');
  await seedCases(db, organizationId, coordinator.id, cases, 'Gezin');
  await seedCases(db, organizationId, lister.id, 500, 'Lijst');
  await db.execute(sql`
    INSERT INTO audit_events (action, outcome, purpose, subject_type, details)
    SELECT 'read', 'success', 'care', 'case', '{}'::jsonb FROM generate_series(1, ${audit})`);
  const sealing = performance.now();
  const sealed = await sealAuditTrail(db);
  const sealSeconds = (performance.now() - sealing) / 1000;
  await db.execute(sql`ANALYZE`);
  const caseIds = (
    await rows<{ id: string }>(
      db,
      sql`SELECT case_id AS id FROM case_members WHERE user_id = ${coordinator.id}::uuid ORDER BY random() LIMIT 2000`,
    )
  ).map((r) => r.id);
  return { coordinator, lister, caseIds, sealed, sealSeconds };
}
