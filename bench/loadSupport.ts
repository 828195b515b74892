/** What the load benchmarks share: starting a server, loading paths, the figures, the seed. */
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { sql } from 'drizzle-orm';
import type { Database } from '../packages/server/src/platform/db/database.ts';

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
