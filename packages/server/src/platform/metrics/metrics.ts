/**
 * The figures an operator watches, in Prometheus' format (prom-client): requests per route and
 * their latency, the database pool and its statements, the job queues' depth, audit rows written and failed
 * sign-ins, next to the process's own (memory, event-loop lag). One registry per process.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'omringd_' });

export const httpRequests = new Counter({
  name: 'omringd_http_requests_total',
  help: 'HTTP requests answered, by method, route template and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'omringd_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method and route template.',
  labelNames: ['method', 'route'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const auditRows = new Counter({
  name: 'omringd_audit_rows_written_total',
  help: 'Audit rows written, by outcome (rows of a transaction that rolled back included).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

/** What a request costs in round trips: a case read is two, a list a fixed few whatever its length. */
export const databaseStatements = new Counter({
  name: 'omringd_db_statements_total',
  help: 'Statements sent to PostgreSQL over the pool (the embedded database is not counted).',
  registers: [registry],
});

export const signInFailures = new Counter({
  name: 'omringd_sign_in_failures_total',
  help: 'Sign-in attempts refused (wrong password or code, throttled, not active).',
  registers: [registry],
});

type PoolStats = { total: number; idle: number; waiting: number };
let poolSource: (() => PoolStats) | null = null;
/** The PostgreSQL pool to report (the embedded database has none). */
export function reportPool(source: () => PoolStats): void {
  poolSource = source;
}
// Registered with the registry; read only through it.
new Gauge({
  name: 'omringd_db_pool_connections',
  help: 'PostgreSQL pool connections: total, idle, and requests waiting for one.',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    if (poolSource === null) return;
    const stats = poolSource();
    this.set({ state: 'total' }, stats.total);
    this.set({ state: 'idle' }, stats.idle);
    this.set({ state: 'waiting' }, stats.waiting);
  },
});

let queueSource: (() => Promise<Record<string, number>>) | null = null;
/** The job queues to report, by name (set once the queue runs). */
export function reportQueues(source: () => Promise<Record<string, number>>): void {
  queueSource = source;
}
new Gauge({
  name: 'omringd_job_queue_depth',
  help: 'Jobs waiting in each queue.',
  labelNames: ['queue'] as const,
  registers: [registry],
  async collect() {
    if (queueSource === null) return;
    for (const [queue, size] of Object.entries(await queueSource())) this.set({ queue }, size);
  },
});

let unsealedSource: (() => Promise<number>) | null = null;
/** How many audit rows wait for the sealer (set once the sealer runs). */
export function reportUnsealed(source: () => Promise<number>): void {
  unsealedSource = source;
}
new Gauge({
  name: 'omringd_audit_unsealed_rows',
  help: 'Audit rows written and not yet sealed into the hash chain (sealed within about a second).',
  registers: [registry],
  async collect() {
    if (unsealedSource === null) return;
    this.set(await unsealedSource());
  },
});
