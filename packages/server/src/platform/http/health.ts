/**
 * Liveness and readiness for a load balancer or an orchestrator. Live: the process answers.
 * Ready: the database answers within two seconds, its migrations are current, and the job queue
 * runs (where this process runs one). Not ready answers 503, with which part is not.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { pendingMigrations } from '../db/migrations.ts';

export type Readiness = {
  database: 'up' | 'down';
  migrations: 'current' | 'pending' | 'unknown';
  jobs: 'running' | 'stopped' | 'not_here';
};

const DATABASE_TIMEOUT_MS = 2_000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no answer within ${String(ms)} ms`));
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function readiness(
  database: Database,
  jobsRunning: (() => boolean) | undefined,
): Promise<Readiness> {
  let up = true;
  let migrations: Readiness['migrations'] = 'unknown';
  try {
    await within(DATABASE_TIMEOUT_MS, database.db.execute(sql`SELECT 1`));
    migrations =
      (await within(DATABASE_TIMEOUT_MS, pendingMigrations(database))) === 0
        ? 'current'
        : 'pending';
  } catch {
    // The answer says "down"; the cause is the database's to log, not this probe's.
    up = false;
  }
  return {
    database: up ? 'up' : 'down',
    migrations,
    jobs: jobsRunning === undefined ? 'not_here' : jobsRunning() ? 'running' : 'stopped',
  };
}

export function healthRoutes(
  app: FastifyInstance,
  database: Database,
  jobsRunning: (() => boolean) | undefined,
): void {
  const config = { access: 'public' as const };
  app.get('/health/live', { config, schema: { hide: true } }, () => ({ live: true }));
  app.get('/health/ready', { config, schema: { hide: true } }, async (_request, reply) => {
    const state = await readiness(database, jobsRunning);
    const ready =
      state.database === 'up' && state.migrations === 'current' && state.jobs !== 'stopped';
    return reply.status(ready ? 200 : 503).send({ ready, ...state });
  });
}
