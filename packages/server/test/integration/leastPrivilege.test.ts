/**
 * On PostgreSQL the server runs as a role that can only add to the audit trail. The schema's
 * owner migrates (`omringd migrate` with OMRINGD_APP_ROLE), the application role serves; it cannot
 * change, remove or truncate audit rows, move the chain head, switch triggers off, or choose when
 * an event happened; and it refuses to start on a database with migrations pending.
 */
import { spawn, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAdminUrl, skipPostgres } from '../support/storageModes.ts';
import { builtCli, repoRoot } from '../support/cli.ts';

const run = promisify(execFile);
const suffix = randomBytes(4).toString('hex');
const owner = `omringd_owner_${suffix}`;
const app = `omringd_app_${suffix}`;
const dbName = `omringd_roles_${suffix}`;
const unmigrated = `omringd_roles_new_${suffix}`;

const urlFor = (user: string, database: string) => {
  const url = new URL(postgresAdminUrl);
  url.username = user;
  url.password = '';
  url.pathname = `/${database}`;
  return url.toString();
};

async function admin(statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

const env = (databaseUrl: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  OMRINGD_FILE_KEY: randomBytes(32).toString('base64'),
  OMRINGD_ANCHOR_FILE: `/tmp/omringd-anchors-${suffix}.jsonl`,
  ...extra,
});

describe.skipIf(skipPostgres)('the least-privilege application role on PostgreSQL', () => {
  let asApp: pg.Client;

  beforeAll(async () => {
    await admin([
      `CREATE ROLE ${owner} LOGIN`,
      `CREATE ROLE ${app} LOGIN`,
      `CREATE DATABASE ${dbName} OWNER ${owner}`,
      `CREATE DATABASE ${unmigrated} OWNER ${owner}`,
    ]);
    await run(process.execPath, [builtCli, 'migrate'], {
      cwd: repoRoot,
      env: env(urlFor(owner, dbName), { OMRINGD_APP_ROLE: app }),
    });
    asApp = new pg.Client({ connectionString: urlFor(app, dbName) });
    await asApp.connect();
  }, 120_000);

  afterAll(async () => {
    await asApp.end();
    await admin([
      `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`,
      `DROP DATABASE IF EXISTS ${unmigrated} WITH (FORCE)`,
      `DROP ROLE IF EXISTS ${app}`,
      `DROP ROLE IF EXISTS ${owner}`,
    ]);
  });

  it('serves as the application role: the social map, a refused sign-in on the trail', async () => {
    const port = 39_000 + Math.floor(Math.random() * 900);
    const server = spawn(process.execPath, [builtCli, 'serve'], {
      cwd: repoRoot,
      env: env(urlFor(app, dbName), { PORT: String(port) }),
    });
    let output = '';
    server.stdout.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      await expect
        .poll(() => output, { timeout: 60_000, interval: 250 })
        .toMatch(/Omringd is running/);
      const search = await fetch(`http://127.0.0.1:${port}/api/v1/services?q=opvoeding`);
      expect(search.status).toBe(200);
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'niemand@example.be', password: 'fout' }),
      });
      expect(login.status).toBe(401);
      const { rows } = await asApp.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_events WHERE action = 'login_failed'",
      );
      expect(rows[0]?.n).toBe(1);
    } finally {
      server.kill('SIGTERM');
    }
  }, 90_000);

  it('cannot change, remove or truncate the trail, write its chain or queue, or switch its triggers off', async () => {
    await asApp.query(
      "INSERT INTO audit_events (action, outcome, details) VALUES ('read', 'success', '{}')",
    );
    const refused = async (statement: string) => {
      try {
        await asApp.query(statement);
        return 'allowed';
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    expect(await refused("UPDATE audit_events SET action = 'x'")).toBe('42501');
    expect(await refused('DELETE FROM audit_events')).toBe('42501');
    expect(await refused('TRUNCATE audit_events')).toBe('42501');
    expect(await refused("INSERT INTO audit_chain VALUES (999999, 999999, 'x', 'y')")).toBe(
      '42501',
    );
    expect(await refused("UPDATE audit_chain SET hash = 'x'")).toBe('42501');
    expect(await refused('DELETE FROM audit_unsealed')).toBe('42501');
    expect(await refused("SELECT setval('audit_events_id_seq', 1)")).toBe('42501');
    // Sealing is the database's own function: the role may call it, and it only chains.
    expect(await refused('SELECT audit_seal(100)')).toBe('allowed');
    expect(await refused('ALTER TABLE audit_events DISABLE TRIGGER ALL')).toBe('42501');
    expect(await refused('SET session_replication_role = replica')).toBe('42501');
    expect(await refused('DROP TABLE audit_events')).toBe('42501');
    // A 0–10 score is never changed: nobody's score can be made into somebody else's.
    expect(await refused('UPDATE case_scores SET score = 0')).toBe('42501');
    expect(await refused('TRUNCATE case_scores')).toBe('42501');
    // A version of a care plan stays as it was saved: a new version is a new row.
    expect(await refused('UPDATE case_plan_versions SET number = 0')).toBe('42501');
    expect(await refused('TRUNCATE case_plan_versions')).toBe('42501');
  });

  it('cannot choose when an event happened: the database sets it', async () => {
    const { rows } = await asApp.query<{ occurred_at: Date }>(
      "INSERT INTO audit_events (action, outcome, occurred_at, details) VALUES ('read', 'success', '2001-01-01T00:00:00Z', '{}') RETURNING occurred_at",
    );
    expect(rows[0]?.occurred_at.getUTCFullYear()).toBeGreaterThanOrEqual(2026);
  });

  it('refuses to start as the application role while migrations are pending, saying what to do', async () => {
    const refused = await run(process.execPath, [builtCli, 'serve'], {
      cwd: repoRoot,
      env: env(urlFor(app, unmigrated), { PORT: '39999' }),
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /migration\(s\) are pending, and this database role cannot apply them/,
    );
  }, 60_000);
});
