/**
 * The embedded database runs without autovacuum: rows that edits and re-imports replace stay
 * behind (the search reads more pages for the same matches), and the planner's statistics age
 * after an import. Once a night the job queue vacuums and analyses it. PostgreSQL does this
 * itself, so the job runs only on the embedded database.
 */
import type { Database } from '../db/database.ts';

export const EMBEDDED_MAINTENANCE = 'embedded-maintenance';

/** 03:30 in Brussels, when no one is searching or referring. */
export const EMBEDDED_MAINTENANCE_CRON = '30 3 * * *';

export async function maintainEmbedded(database: Database): Promise<void> {
  // One statement on its own: VACUUM cannot run inside a transaction block.
  await database.executeSql('VACUUM (ANALYZE)');
  await database.protectFiles();
}
