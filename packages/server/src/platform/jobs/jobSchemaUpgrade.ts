/**
 * pg-boss 12 migrates its schema from version 25 (pg-boss 11) onwards and refuses an older one.
 * Omringd's queues hold nothing that is not made again at start: the schedules of the sweeps,
 * and jobs whose work is keyed and runs again at the next minute. A schema from pg-boss 10 or
 * older is therefore dropped and installed afresh, instead of asking an operator to pass
 * through pg-boss 11 first.
 */
import type { Database } from '../db/database.ts';

/** The oldest pg-boss schema the installed pg-boss migrates from. */
const OLDEST_MIGRATABLE = 25;

export async function retireOldJobSchema(database: Database): Promise<boolean> {
  const found = await database.executeSql(
    `SELECT to_regclass('pgboss.version') IS NOT NULL AS present`,
  );
  const present = (found.rows[0] as { present: boolean } | undefined)?.present === true;
  if (!present) return false;
  const versions = await database.executeSql(`SELECT version FROM pgboss.version`);
  const version = Number((versions.rows[0] as { version: number | string } | undefined)?.version);
  if (!Number.isInteger(version) || version >= OLDEST_MIGRATABLE) return false;
  await database.executeSql(`DROP SCHEMA pgboss CASCADE`);
  console.log(
    `Job queue: the schema of an older pg-boss (version ${version}) was replaced; the sweeps are scheduled again.`,
  );
  return true;
}
