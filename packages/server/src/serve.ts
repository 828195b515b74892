/**
 * `omringd serve` (and `omringd demo`): migrate, load the demo social map into an empty
 * directory, start the mail delivery and the job queue, and listen. As the demo, it also writes
 * the invented staff and families, on a data directory that holds no real account.
 */
import type { Config } from './platform/config.ts';
import { openPostgres, type Database } from './platform/db/database.ts';
import { grantApplicationRole, installJobSchema } from './platform/db/migrations.ts';
import { anchorKey } from './kernel/audit/anchor.ts';
import { startAuditSealer, unsealedRows } from './kernel/audit/sealer.ts';
import { openDatabase, prepare, hasAccounts } from './bootstrap.ts';
import { startControlSocket } from './platform/db/controlSocket.ts';
import { buildApp } from './app.ts';
import { systemClock } from './platform/clock.ts';
import { OidcClients } from './modules/auth/oidcLogin.ts';
import { warmDictionary } from './modules/socialMap/search/lexicon.ts';
import { startMailDelivery } from './platform/mail/delivery.ts';
import { applicationQueues, startJobQueue, type JobQueue } from './jobs.ts';
import { reportQueues, reportUnsealed } from './platform/metrics/metrics.ts';
import { loadFileKey } from './platform/files/fileCrypto.ts';
import { refuseRealAccounts, seedDemoStaff, demoPeople } from './modules/demo/staff.ts';
import { seedDemoFamilies } from './modules/demo/families.ts';
import { linkDemoParents } from './modules/demo/parents.ts';
import { processLogStream } from './platform/http/requestLog.ts';

/** With OMRINGD_MIGRATION_URL, the owner's connection for the migration step only. */
export async function withMigrationDatabase<T>(
  config: Config,
  fn: (owner: Database | undefined) => Promise<T>,
): Promise<T> {
  if (config.migrationUrl === undefined) return fn(undefined);
  const owner = openPostgres(config.migrationUrl);
  try {
    const result = await fn(owner);
    await installJobSchema(owner, applicationQueues);
    // The server's own role (DATABASE_URL's user) gets what it needs, and no more.
    if (config.databaseUrl !== undefined) {
      const role = new URL(config.databaseUrl).username;
      if (role !== '') await grantApplicationRole(owner, decodeURIComponent(role));
    }
    return result;
  } finally {
    await owner.close();
  }
}

/** How long a stop may take: requests in flight, the job queue, the database. */
const SHUTDOWN_LIMIT_MS = 10_000;

/** Runs until a signal stops it; answers -1 (the process keeps running). */
export async function serve(
  config: Config,
  options: { pagesBuilt?: Promise<void> } = {},
): Promise<number> {
  // A failed page build is reported once the database is prepared, not as an unhandled rejection.
  const pagesBuilt = options.pagesBuilt?.then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  const database = await openDatabase(config, { toServe: true });
  const { demoServices } = await withMigrationDatabase(config, (owner) =>
    prepare(database, systemClock(), owner),
  );
  if (demoServices > 0) console.log(`Loaded the demo social map: ${demoServices} services.`);
  if (config.demo) {
    await refuseRealAccounts(database.db);
    await seedDemoStaff(database.db, systemClock());
  } else if (!(await hasAccounts(database)))
    console.log(
      'No accounts yet. Stop the server and invite the first administrator, then start again:\n  npm run omringd -- invite-admin you@example.be "Your Name" "Huizen van het Kind Gent"\nOr try Omringd with invented people first: npm run demo',
    );
  const fileKey = await loadFileKey(
    config.fileKey,
    config.databaseUrl === undefined ? config.dataDir : null,
  );
  const pagesFailed = await pagesBuilt;
  if (pagesFailed !== undefined) {
    await database.close();
    throw pagesFailed;
  }
  // Set once the queue runs (after the app is built); readiness reads it.
  let jobsRunning = () => false;
  const app = await buildApp({
    database,
    clock: systemClock,
    logger: processLogStream(),
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    smtpConfigured: config.smtpUrl !== undefined,
    oidc: new OidcClients(config.oidcProviders),
    fileKey,
    mapTiles: config.mapTiles,
    demo: config.demo,
    jobsRunning: () => jobsRunning(),
    rateLimitPerMinute: config.rateLimitPerMinute,
    metricsToken: config.metricsToken,
  });
  if (config.demo) {
    const people = await demoPeople(database.db);
    const families = await seedDemoFamilies(app, people, systemClock());
    await linkDemoParents(database.db, people, systemClock());
    if (families > 0) console.log(`Loaded the demo families: ${families} referrals.`);
  }
  // The Dutch dictionary of "did you mean" loads while the server starts, not on a first search.
  warmDictionary();
  const stopMail = startMailDelivery(database, config, systemClock);
  // Set once started; a signal that comes before stops what has started.
  const started: { jobs?: JobQueue; sealer?: ReturnType<typeof startAuditSealer> } = {};
  let closeControl: () => Promise<void> = () => Promise.resolve();
  let stopping = false;
  const close = async (signal: string) => {
    if (stopping) {
      console.error(`${signal} again: stopping at once.`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: no new requests; finishing those in flight, then stopping.`);
    // Bounded: a request that does not finish does not keep the process from stopping.
    const force = setTimeout(() => {
      console.error(`Not stopped within ${String(SHUTDOWN_LIMIT_MS / 1000)} s: stopping at once.`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    force.unref();
    await app.close();
    stopMail();
    await started.jobs?.stop();
    await started.sealer?.stop();
    await closeControl();
    await database.close();
    console.log('Omringd stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));
  // The pages answer as soon as the database is ready; the job queue starts next (readiness says
  // so until it runs, and "running" is printed once everything runs).
  await app.listen({ port: config.port, host: config.host });
  const queue = await startJobQueue(database, systemClock, {
    schedule: true,
    anchor: { key: anchorKey(fileKey), file: config.anchorFile, email: config.anchorEmail },
  });
  started.jobs = queue;
  jobsRunning = () => queue.running();
  started.sealer = startAuditSealer(database.db);
  reportUnsealed(() => unsealedRows(database.db));
  reportQueues(async () => {
    const sizes: Record<string, number> = {};
    for (const { name } of applicationQueues)
      sizes[name] = (await queue.boss.getQueue(name))?.queuedCount ?? 0;
    return sizes;
  });
  // `omringd backup` next to the running server asks it for the archive through this socket.
  if (database.snapshot !== undefined && config.databaseUrl === undefined)
    try {
      closeControl = await startControlSocket(config.dataDir, database.snapshot);
    } catch (error) {
      // A socket path longer than the system allows (about 100 characters), for instance.
      console.error(
        `omringd backup cannot reach this server while it runs (${String(error)}); stop the server to back up, or use a shorter OMRINGD_DATA_DIR.`,
      );
    }
  console.log(
    `Omringd is running on ${config.publicUrl} (storage: ${database.kind === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'})`,
  );
  if (config.demo)
    console.log(
      'This is the demo: every person and family is invented. Open the address and choose "Inloggen" to sign in as one of them.',
    );
  return -1;
}
