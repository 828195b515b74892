/** A system actor at a fixed moment, as the job queue makes one, to run a sweep in a test. */
import { SystemContext } from '../../src/kernel/accessContext.ts';
import type { Database } from '../../src/platform/db/database.ts';

export function systemAt(database: Database, at: Date, actor = 'sweep (system)'): SystemContext {
  return new SystemContext(database, () => at, actor);
}
