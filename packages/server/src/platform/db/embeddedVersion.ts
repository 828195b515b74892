/**
 * The embedded engine is one PostgreSQL major version; a data directory written by another major
 * version cannot be opened by it (PostgreSQL's on-disk format changes between majors). Without
 * this check PGlite only reports that it "failed to initialize properly".
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The PostgreSQL major version of the embedded engine (@electric-sql/pglite 0.5: PostgreSQL 18). */
export const EMBEDDED_POSTGRES_MAJOR = '18';

export class DataDirVersionError extends Error {
  constructor(dataDir: string, found: string) {
    super(
      `The data directory ${dataDir} was written by PostgreSQL ${found}; this version of Omringd ` +
        `embeds PostgreSQL ${EMBEDDED_POSTGRES_MAJOR}, which cannot open it. Nothing in it was ` +
        'changed. To start with a new embedded database, move the directory aside or set ' +
        'OMRINGD_DATA_DIR to another one. To carry the social map over, export it first with the ' +
        'Omringd version that wrote the directory (README: "Upgrading the embedded database").',
    );
    this.name = 'DataDirVersionError';
  }
}

/** Refuses a data directory of another PostgreSQL major version; a new or empty one is fine. */
export async function assertDataDirVersion(dataDir: string): Promise<void> {
  let found: string;
  try {
    found = (await readFile(join(dataDir, 'PG_VERSION'), 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (found !== EMBEDDED_POSTGRES_MAJOR) throw new DataDirVersionError(dataDir, found);
}
