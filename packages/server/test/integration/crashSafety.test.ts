/**
 * kill -9 in the middle of acknowledged writes, on both storage modes: after the restart every
 * write the server acknowledged is there, whole, and the audit trail's chain is intact.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inArray, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { prepare } from '../../src/bootstrap.ts';
import { openPglite, openPostgres, type Database } from '../../src/platform/db/database.ts';
import { organizations } from '../../src/platform/db/schema.ts';
import { referrals } from '../../src/kernel/tables/caseSchema.ts';
import { verifyAuditChain } from '../../src/kernel/audit/verifyChain.ts';
import { sealAuditTrail } from '../../src/kernel/audit/sealer.ts';
import { ensurePrivateDataDir } from '../../src/platform/db/dataDirectory.ts';
import { createPerson } from '../support/people.ts';
import { postgresAdminUrl, storageModes, type StorageMode } from '../support/storageModes.ts';
import { builtCli, repoRoot } from '../support/cli.ts';
import { signInOverHttp } from '../support/httpSignIn.ts';
import { freePort } from '../support/freePort.ts';

// Each test starts the compiled server or the omringd command several times, a few seconds
// each on a busy 2-core machine: more than the suite's default minute, never a hang.
vi.setConfig({ testTimeout: 180_000 });

const WRITES = 1_200;
const KILL_AFTER = 1_000;

type Place = {
  env: Record<string, string>;
  open: () => Promise<Database>;
  drop: () => Promise<void>;
};

async function placeFor(mode: StorageMode, dir: string): Promise<Place> {
  if (mode === 'pglite') {
    const dataDir = join(dir, 'data');
    return {
      env: { OMRINGD_DATA_DIR: dataDir, DATABASE_URL: '' },
      open: async () => {
        await ensurePrivateDataDir(dataDir);
        return openPglite(dataDir);
      },
      drop: async () => undefined,
    };
  }
  const name = `omringd_crash_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), OMRINGD_FILE_KEY: randomBytes(32).toString('base64') },
    open: () => Promise.resolve(openPostgres(url.toString())),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: postgresAdminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [builtCli, 'serve'], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), OMRINGD_RATE_LIMIT_PER_MINUTE: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const began = Date.now();
  while (!output.includes('Omringd is running')) {
    if (Date.now() - began > 90_000 || child.exitCode !== null)
      throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return child;
}

describe.each(storageModes)('kill -9 during acknowledged writes on %s', (mode) => {
  const dirs: string[] = [];
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged write and keeps the chain intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'omringd-crash-'));
    dirs.push(dir);
    const place = await placeFor(mode, dir);
    drops.push(place.drop);
    const env = { ...place.env, OMRINGD_ANCHOR_FILE: join(dir, 'anchors.jsonl') };
    // The database and a nurse who writes, before the server starts.
    const setup = await place.open();
    await prepare(setup, new Date());
    const [org] = await setup.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'kind-en-gezin'));
    const nurse = await createPerson(setup.db, {
      role: 'first_line',
      organizationId: org?.id ?? '',
      name: 'Kim Kill',
      now: new Date(),
    });
    await setup.close();

    const port = await freePort();
    const server = await startServer(env, port);
    const base = `http://127.0.0.1:${String(port)}`;
    const session = await signInOverHttp(base, nurse);
    const acknowledged = new Map<string, string>();
    let attempted = 0;
    let killed = false;
    const writer = async () => {
      while (attempted < WRITES) {
        const n = attempted++;
        if (n === KILL_AFTER) {
          killed = true;
          server.kill('SIGKILL');
        }
        const marker = `schrijfactie ${String(n)} ${randomBytes(4).toString('hex')}`;
        try {
          const response = await fetch(`${base}/api/v1/referrals`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: session.cookie,
              'x-csrf-token': session.csrf,
            },
            body: JSON.stringify({
              programmeKey: 'zorggarantie-limburg',
              content: { concern: { behaviour: marker } },
            }),
          });
          if (response.status === 201)
            acknowledged.set(((await response.json()) as { id: string }).id, marker);
          else if (!killed)
            throw new Error(
              `write ${String(n)}: ${String(response.status)} ${await response.text()}`,
            );
        } catch (error) {
          if (!killed) throw error;
          // The server is gone: this write was never acknowledged.
          return;
        }
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    await new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) resolve();
      else
        server.on('exit', () => {
          resolve();
        });
    });
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER - 4);

    // Restarted (the embedded lock of the killed process is taken over): everything is there.
    const after = await place.open();
    try {
      const stored = await after.db
        .select({ id: referrals.id, content: referrals.content })
        .from(referrals)
        .where(inArray(referrals.id, [...acknowledged.keys()]));
      expect(stored).toHaveLength(acknowledged.size);
      for (const row of stored)
        expect(row.content.concern.behaviour).toBe(acknowledged.get(row.id));
      // What was sealed before the kill is intact; what was not is sealed now, and intact too.
      expect((await verifyAuditChain(after.db)).ok).toBe(true);
      await sealAuditTrail(after.db);
      expect(await verifyAuditChain(after.db)).toMatchObject({ ok: true, unsealed: 0 });
    } finally {
      await after.close();
    }
  });
});
