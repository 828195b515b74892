/**
 * Upgrading a database that already holds referrals: the feedback that used to be kept on each
 * step (referral_events.note) becomes the messages of the thread (migration 0017), with who,
 * when and which side — on both storage modes.
 */
import { PGlite } from '@electric-sql/pglite';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteExtensions } from '../../src/platform/db/database.ts';
import { postgresAdminUrl, storageModes, type StorageMode } from '../support/storageModes.ts';

const migrations = new URL('../../drizzle/', import.meta.url).pathname;
type Query = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;
type Target = {
  query: Query;
  /** Several statements at once (the simple protocol). */
  exec: (text: string) => Promise<unknown>;
  migrateTo: (folder: string) => Promise<void>;
  close(): Promise<void>;
};

/** The migrations as they were before the thread: up to and including 0016. */
async function foldersUpTo16(): Promise<{ before: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'omringd-migrations-'));
  const before = join(dir, 'drizzle');
  await cp(migrations, before, { recursive: true });
  const journalPath = join(before, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= 16);
  await writeFile(journalPath, JSON.stringify(journal));
  return { before, dir };
}

async function openTarget(mode: StorageMode): Promise<Target> {
  if (mode === 'pglite') {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    const db = drizzlePglite({ client });
    return {
      query: (text) => client.query(text),
      exec: (text) => client.exec(text),
      migrateTo: (folder) => migratePglite(db, { migrationsFolder: folder }),
      close: () => client.close(),
    };
  }
  const name = `omringd_backfill_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString() });
  // Dropping the database ends its connections; a closing one may report that, which is expected.
  pool.on('error', () => undefined);
  const db = drizzlePg({ client: pool });
  return {
    query: (text) => pool.query(text),
    exec: (text) => pool.query(text),
    migrateTo: (folder) => migratePg(db, { migrationsFolder: folder }),
    close: async () => {
      await pool.end();
      const cleanup = new pg.Client({ connectionString: postgresAdminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

const ids = {
  org: '11111111-1111-4111-8111-111111111111',
  referrer: '22222222-2222-4222-8222-222222222222',
  coordinator: '33333333-3333-4333-8333-333333333333',
  referral: '44444444-4444-4444-8444-444444444444',
};

describe.each(storageModes)('the upgrade to message threads on %s', (mode) => {
  let target: Target;
  let dir = '';
  beforeAll(async () => {
    target = await openTarget(mode);
    const folders = await foldersUpTo16();
    dir = folders.dir;
    await target.migrateTo(folders.before);
    // A referral as the old version kept it: two steps with feedback, one without.
    await target.exec(`
      INSERT INTO organizations (id, key, name, description, last_modified)
        VALUES ('${ids.org}', 'oud', 'Oude organisatie', '', now());
      INSERT INTO users (id, email, display_name, status, created_at) VALUES
        ('${ids.referrer}', 'kato@example.be', 'Kato Verpleeg', 'active', now()),
        ('${ids.coordinator}', 'mira@example.be', 'Mira Claes', 'active', now());
      INSERT INTO referrals (id, receiving_organization_id, status, referrer_user_id,
          referrer_organization_id, content, created_at, updated_at)
        VALUES ('${ids.referral}', '${ids.org}', 'in-progress', '${ids.referrer}', '${ids.org}',
          '{}', now(), now());
      INSERT INTO referral_events (id, referral_id, at, by_user_id, from_status, to_status, note) VALUES
        (gen_random_uuid(), '${ids.referral}', '2026-11-02T09:00:00Z', '${ids.referrer}', NULL, 'draft', ''),
        (gen_random_uuid(), '${ids.referral}', '2026-11-03T09:00:00Z', '${ids.coordinator}', 'requested', 'accepted', 'Ik neem het op.'),
        (gen_random_uuid(), '${ids.referral}', '2026-11-04T09:00:00Z', '${ids.referrer}', 'accepted', 'cancelled', 'Het gezin verhuist.'),
        (gen_random_uuid(), '${ids.referral}', '2026-11-05T09:00:00Z', '${ids.coordinator}', 'accepted', 'in-progress', '');
    `);
    await target.migrateTo(migrations);
  });
  afterAll(async () => {
    await target.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every earlier feedback as a message, with who, when and which side', async () => {
    const { rows } = await target.query(
      `SELECT by_name, side, body, at FROM referral_messages WHERE referral_id = '${ids.referral}' ORDER BY at`,
    );
    expect(rows.map((r) => [r.by_name, r.side, r.body])).toEqual([
      ['Mira Claes', 'receiver', 'Ik neem het op.'],
      ['Kato Verpleeg', 'referrer', 'Het gezin verhuist.'],
    ]);
    expect(new Date(String(rows[0]?.at)).toISOString()).toBe('2026-11-03T09:00:00.000Z');
  });
});
