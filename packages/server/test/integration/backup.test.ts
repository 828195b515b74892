/**
 * The restore drill for the embedded database: back up a directory with accounts, services and
 * an audit trail, restore it into a fresh one, and find the trail intact with the same head, the
 * same counts and the same records. A restore never overwrites, and PostgreSQL is told its tools.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPglite } from '../../src/platform/db/database.ts';
import { services } from '../../src/platform/db/schema.ts';
import { users } from '../../src/platform/db/identitySchema.ts';
import { auditEvents } from '../../src/kernel/audit/auditSchema.ts';
import { omringd } from '../support/cli.ts';

// Each test starts the compiled server or the omringd command several times, a few seconds
// each on a busy 2-core machine: more than the suite's default minute, never a hang.
vi.setConfig({ testTimeout: 180_000 });

async function figures(dataDir: string) {
  const database = await openPglite(dataDir);
  try {
    const [s] = await database.db.select({ n: count() }).from(services);
    const [a] = await database.db.select({ n: count() }).from(auditEvents);
    const [admin] = await database.db
      .select({ email: users.email, name: users.displayName, status: users.status })
      .from(users)
      .where(eq(users.email, 'an.beheer@example.be'));
    const [sample] = await database.db
      .select({ name: services.name, description: services.description })
      .from(services)
      .where(eq(services.key, 'mapa'));
    return { services: s?.n, audit: a?.n, admin, sample };
  } finally {
    await database.close();
  }
}

describe('backup and restore of the embedded database', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'omringd-backup-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('restores into a fresh directory with the trail, counts and records intact', async () => {
    const original = join(dir, 'original');
    expect((await omringd(original, 'seed')).code).toBe(0);
    const invited = await omringd(
      original,
      'invite-admin',
      'an.beheer@example.be',
      'An Beheer',
      'Huizen van het Kind Gent',
    );
    expect(invited.code, invited.stderr).toBe(0);
    const before = await omringd(original, 'verify-audit');
    expect(before.code, before.stderr).toBe(0);
    const head = /Head hash: (\w+)/.exec(before.stdout)?.[1];
    expect(head).toBeDefined();

    const archive = join(dir, 'omringd.tar.gz');
    const backedUp = await omringd(original, 'backup', archive);
    expect(backedUp.code, backedUp.stderr).toBe(0);
    expect((await stat(archive)).mode & 0o777).toBe(0o600);

    const restoredDir = join(dir, 'restored');
    const restored = await omringd(restoredDir, 'restore', archive);
    expect(restored.code, restored.stderr).toBe(0);
    const after = await omringd(restoredDir, 'verify-audit');
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toContain(`Head hash: ${head ?? ''}`);

    const [a, b] = [await figures(original), await figures(restoredDir)];
    expect(b).toEqual(a);
    expect(a.admin?.status).toBe('invited');
    expect(a.sample?.name).toBe('MaPa');
  });

  it('never restores over a directory with data, and sends PostgreSQL to its own tools', async () => {
    const archive = join(dir, 'omringd.tar.gz');
    const refused = await omringd(join(dir, 'original'), 'restore', archive);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not empty');
    const postgres = await omringd(
      { databaseUrl: 'postgres://postgres@127.0.0.1:5432/postgres' },
      'backup',
      archive,
    );
    expect(postgres.code).toBe(2);
    expect(postgres.stderr).toContain('pg_dump');
  });
});
