/**
 * Migrations as a step of their own. The server applies pending migrations only when it may (the
 * schema's owner); running as the application role, it checks they are current and otherwise
 * stops with what to do. The owner's step also grants the application role what it needs and no
 * more: on the audit trail only SELECT and INSERT, on the chain only SELECT (the database's own
 * functions number, queue and seal the rows).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { PgBoss } from 'pg-boss';
import { retireOldJobSchema } from '../jobs/jobSchemaUpgrade.ts';
import { rows, type Database } from './database.ts';

const journal = fileURLToPath(new URL('../../../drizzle/meta/_journal.json', import.meta.url));

/** How many committed migrations the database has not applied yet. */
export async function pendingMigrations(database: Database): Promise<number> {
  const entries = (JSON.parse(await readFile(journal, 'utf8')) as { entries: { when: number }[] })
    .entries;
  const [table] = await rows<{ present: boolean }>(
    database.db,
    sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`,
  );
  if (table?.present !== true) return entries.length;
  const [last] = await rows<{ at: string | null }>(
    database.db,
    sql`SELECT max(created_at)::text AS at FROM drizzle.__drizzle_migrations`,
  );
  const appliedUpTo = Number(last?.at ?? 0);
  return entries.filter((e) => e.when > appliedUpTo).length;
}

export class MigrationsPending extends Error {
  constructor(pending: number) {
    super(
      `${pending} database migration(s) are pending, and this database role cannot apply them (it is not the schema's owner). ` +
        'Run the migrations as the owner first — `DATABASE_URL=<owner URL> OMRINGD_APP_ROLE=<this role> npm run db:migrate` — or set OMRINGD_MIGRATION_URL to the owner URL, then start again.',
    );
    this.name = 'MigrationsPending';
  }
}

/**
 * Applies what is pending: with the migration database (the owner's) when given, else with the
 * server's own (which works when it owns the schema, as the embedded database and a plain
 * single-role setup do).
 */
export async function migrateIfPending(
  database: Database,
  migrationDatabase?: Database,
): Promise<void> {
  const pending = await pendingMigrations(database);
  if (pending === 0) return;
  const owner = migrationDatabase ?? database;
  try {
    await owner.migrate();
  } catch (error) {
    if (migrationDatabase === undefined && (error as { code?: string }).code === '42501')
      throw new MigrationsPending(pending);
    const cause = (error as { cause?: { code?: string } }).cause;
    if (migrationDatabase === undefined && cause?.code === '42501')
      throw new MigrationsPending(pending);
    throw error;
  }
}

const ROLE = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The job queue's own tables and the application's queues, installed by the owner with the rest
 * of the schema: the application role (which may not create tables) finds them made.
 */
export async function installJobSchema(
  database: Database,
  queues: readonly { name: string; retryLimit: number }[],
): Promise<void> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => database.executeSql(text, values) },
    supervise: false,
    schedule: false,
  });
  await retireOldJobSchema(database);
  await boss.start();
  for (const q of queues)
    await boss.createQueue(q.name, { retryLimit: q.retryLimit, retryDelay: 5 });
  await boss.stop({ graceful: false });
}

/**
 * What the application role may do, granted by the owner after migrating. It cannot change or
 * remove audit rows, write or change the chain, alter tables or switch triggers off (it owns nothing),
 * and `session_replication_role` is a superuser's setting.
 */
export async function grantApplicationRole(database: Database, role: string): Promise<void> {
  if (!ROLE.test(role))
    throw new Error(
      `OMRINGD_APP_ROLE must be a plain role name (lower-case letters, digits, _), not "${role}".`,
    );
  const r = `"${role}"`;
  await database.executeSql(`
    GRANT USAGE ON SCHEMA public TO ${r};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
    REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM ${r};
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_chain FROM ${r};
    REVOKE ALL ON audit_unsealed FROM ${r};
    REVOKE UPDATE, TRUNCATE ON case_scores FROM ${r};
    REVOKE UPDATE, TRUNCATE ON case_plan_versions FROM ${r};
    REVOKE UPDATE, DELETE, TRUNCATE ON budget_entries FROM ${r};
    REVOKE ALL ON SEQUENCE audit_events_id_seq FROM ${r};
    GRANT USAGE ON SCHEMA drizzle TO ${r};
    GRANT SELECT ON drizzle.__drizzle_migrations TO ${r};
    GRANT USAGE, CREATE ON SCHEMA pgboss TO ${r};
    GRANT ALL ON ALL TABLES IN SCHEMA pgboss TO ${r};
    GRANT ALL ON ALL SEQUENCES IN SCHEMA pgboss TO ${r};
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ${r};
  `);
}
