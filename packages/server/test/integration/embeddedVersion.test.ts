/** The embedded engine's major version, as the data-directory check states it. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, rows } from '../../src/platform/db/database.ts';
import { EMBEDDED_POSTGRES_MAJOR } from '../../src/platform/db/embeddedVersion.ts';

describe('embedded database version', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'omringd-embedded-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes a data directory of the major version it checks for, and opens it again', async () => {
    const first = await openPglite(dir);
    const [row] = await rows<{ server_version_num: string }>(
      first.db,
      sql`SHOW server_version_num`,
    );
    await first.close();
    expect(String(Math.floor(Number(row?.server_version_num) / 10000))).toBe(
      EMBEDDED_POSTGRES_MAJOR,
    );
    expect((await readFile(join(dir, 'PG_VERSION'), 'utf8')).trim()).toBe(EMBEDDED_POSTGRES_MAJOR);

    const again = await openPglite(dir);
    const [one] = await rows<{ n: number }>(again.db, sql`SELECT 1 AS n`);
    await again.close();
    expect(one?.n).toBe(1);
  });
});
