/** The omringd command as an operator runs it: a real process on an embedded database directory. */
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postgresAdminUrl, storageModes } from '../support/storageModes.ts';
import { openPglite } from '../../src/platform/db/database.ts';
import { omringd, type Target } from '../support/cli.ts';

// Each test starts the compiled server or the omringd command several times, a few seconds
// each on a busy 2-core machine: more than the suite's default minute, never a hang.
vi.setConfig({ testTimeout: 180_000 });

describe('the omringd command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'omringd-cli-'));
  });
  const databases: string[] = [];
  /** A PostgreSQL database of its own for a command, dropped afterwards. */
  const newDatabase = async () => {
    const name = `omringd_cli_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    databases.push(name);
    const url = new URL(postgresAdminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it.each(storageModes)(
    'on %s: seeds, exports, refuses an invalid import with one line per record, and re-imports the export',
    async (mode) => {
      const data: Target =
        mode === 'pglite' ? join(dir, 'data') : { databaseUrl: await newDatabase() };
      const seed = await omringd(data, 'seed');
      expect(seed.stdout, seed.stderr).toMatch(/Demo social map loaded: 34 services/);

      const file = join(dir, `export-${mode}.json`);
      expect((await omringd(data, 'export', file)).code).toBe(0);
      const exported = JSON.parse(await readFile(file, 'utf8')) as { services: unknown[] }[];
      expect(exported.flatMap((o) => o.services)).toHaveLength(34);

      const bad = join(dir, `bad-${mode}.json`);
      await writeFile(
        bad,
        JSON.stringify([
          { id: 'x', name: 'Zonder status', description: 'd', organization_id: 'y' },
          { name: 'Geen id' },
        ]),
      );
      const refused = await omringd(data, 'import', bad);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/record 1 \(service "Zonder status", id x\)/);
      expect(refused.stderr).toMatch(/record 2 \(organization "Geen id"/);
      expect(refused.stderr).toMatch(/Nothing was imported/);

      const again = await omringd(data, 'import', file);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/Imported \d+ organization\(s\) and 34 service\(s\)/);

      const unknown = await omringd(data, 'frobnicate');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
    },
  );

  it('invites the first administrator and verifies the audit trail', async () => {
    const data = join(dir, 'admin');
    const ambiguous = await omringd(data, 'invite-admin', 'an@example.be', 'An Peeters', 'MSOC');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/matches several organisations/);
    const invited = await omringd(
      data,
      'invite-admin',
      'an@example.be',
      'An Peeters',
      'Huizen van het Kind Gent',
    );
    expect(invited.stdout, invited.stderr).toMatch(
      /http:\/\/localhost:3000\/uitnodiging\/[A-Za-z0-9_-]{43}/,
    );
    const verified = await omringd(data, 'verify-audit');
    expect(verified.stdout, verified.stderr).toMatch(
      /The audit trail is intact: 1 row\(s\)\. Head hash: [0-9a-f]{64}/,
    );
    const anchors = join(dir, 'anchors.jsonl');
    const anchored = await omringd(data, 'audit-anchor');
    expect(anchored.stderr).toMatch(/Anchor appended/);
    const checked = await omringd(data, 'verify-audit', '--anchor', anchors);
    expect(checked.stdout, checked.stderr).toMatch(/matches its 1 anchor\(s\).*names 1 row\(s\)/);
  });

  it('opens an embedded directory in one process at a time, and takes over a lock left by a crash', async () => {
    const data = join(dir, 'locked');
    expect((await omringd(data, 'seed')).code).toBe(0);
    // A server has it open: the command refuses, saying why and what to do, and changes nothing.
    const running = await openPglite(data);
    const refused = await omringd(
      data,
      'invite-admin',
      'bo@example.be',
      'Bo Beheer',
      'Huizen van het Kind Gent',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/in use by another Omringd process/);
    expect(refused.stderr).toMatch(/stop that process first/);
    expect(refused.stdout).not.toMatch(/uitnodiging/);
    await running.close();
    // A process killed with its lock still there: the lock names a process that is gone.
    await writeFile(
      join(data, 'omringd.lock'),
      JSON.stringify({
        pid: 2 ** 22 + 7,
        host: hostname(),
        since: '2026-01-01T00:00:00Z',
        role: 'omringd serve',
      }),
    );
    const invited = await omringd(
      data,
      'invite-admin',
      'bo@example.be',
      'Bo Beheer',
      'Huizen van het Kind Gent',
    );
    expect(invited.stdout, invited.stderr).toMatch(/\/uitnodiging\//);
    expect((await readdir(data)).includes('omringd.lock')).toBe(false);
  });

  it('refuses a data directory of an older PostgreSQL, with what to do, and leaves it as it was', async () => {
    const data = join(dir, 'older');
    await mkdir(data, { mode: 0o700 });
    await writeFile(join(data, 'PG_VERSION'), '17\n');
    const refused = await omringd(data, 'migrate');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /was written by PostgreSQL 17; this version of Omringd embeds PostgreSQL 18/,
    );
    expect(refused.stderr).toMatch(/Nothing in it was changed/);
    expect(await readdir(data)).toEqual(['PG_VERSION']);
    expect(await readFile(join(data, 'PG_VERSION'), 'utf8')).toBe('17\n');
  });

  it('keeps its data directory private: 0700, every file 0600; refuses one that others can read', async () => {
    const data = join(dir, 'private');
    expect((await omringd(data, 'migrate')).code).toBe(0);
    const open: string[] = [];
    const walk = async (path: string): Promise<void> => {
      const info = await stat(path);
      if ((info.mode & 0o077) !== 0) open.push(`${path} ${(info.mode & 0o777).toString(8)}`);
      if (info.isDirectory())
        for (const entry of await readdir(path)) await walk(join(path, entry));
    };
    await walk(data);
    expect(open).toEqual([]);
    expect((await stat(data)).mode & 0o777).toBe(0o700);

    await chmod(data, 0o755);
    const refused = await omringd(data, 'serve');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/can be read by other users of this machine \(mode 755\)/);
    expect(refused.stderr).toContain(`chmod -R go-rwx "${data}"`);
  });
});
