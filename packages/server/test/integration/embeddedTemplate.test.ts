/**
 * A new embedded data directory starts from the copy `npm install` prepared: migrated, with the
 * geography, the programmes and the demo social map, as the first start would have made it; a
 * directory that exists already is opened as it is, and a copy for other sources is never read.
 */
import { count } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepare, prepareTemplate } from '../../src/bootstrap.ts';
import { openPglite } from '../../src/platform/db/database.ts';
import { ensurePrivateDataDir } from '../../src/platform/db/dataDirectory.ts';
import { templateFile, templateKey } from '../../src/platform/db/embeddedTemplate.ts';
import { municipalities, services } from '../../src/platform/db/schema.ts';

describe('the prepared copy of the embedded database', () => {
  const dirs: string[] = [];
  const newDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'omringd-template-'));
    dirs.push(dir);
    await ensurePrivateDataDir(join(dir, 'data'));
    return join(dir, 'data');
  };
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('is made under the hash of its sources, and a new directory starts from it', async () => {
    const made = await prepareTemplate(new Date('2026-12-04T10:00:00Z'));
    expect(made.file).toBe(templateFile(templateKey()));
    expect(made.services).toBeGreaterThan(10);
    expect(existsSync(made.file)).toBe(true);

    const dataDir = await newDir();
    const database = await openPglite(dataDir, { fromTemplate: true });
    try {
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
      const [found] = await database.db.select({ n: count() }).from(services);
      expect(found?.n).toBe(made.services);
      const [places] = await database.db.select({ n: count() }).from(municipalities);
      expect(places?.n).toBeGreaterThan(300);
      // What the start does next finds nothing left to do.
      expect(await prepare(database, new Date('2026-12-05T10:00:00Z'))).toEqual({
        demoServices: 0,
      });
    } finally {
      await database.close();
    }
    // Opened again, the directory is what it holds, not the copy.
    const again = await openPglite(dataDir, { fromTemplate: true });
    try {
      const [found] = await again.db.select({ n: count() }).from(services);
      expect(found?.n).toBe(made.services);
    } finally {
      await again.close();
    }
  }, 120_000);

  it('is not used where the caller did not ask for it', async () => {
    const database = await openPglite(await newDir());
    try {
      await database.migrate();
      const [found] = await database.db.select({ n: count() }).from(services);
      expect(found?.n).toBe(0);
    } finally {
      await database.close();
    }
  }, 60_000);

  it('changes its name with any of its sources', () => {
    expect(templateFile('0123456789abcdef')).not.toBe(templateFile(templateKey()));
    expect(templateKey()).toMatch(/^[0-9a-f]{16}$/);
  });
});
