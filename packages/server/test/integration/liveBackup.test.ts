/**
 * Backing up the embedded database while the server runs: `omringd backup` next to the running
 * server gets a consistent archive from it (over the data directory's control socket) while
 * writes go on. Restored into a fresh directory, every write acknowledged before the backup began
 * is there whole, nothing is half-written, and the audit trail's chain is intact.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { prepare } from '../../src/bootstrap.ts';
import { openPglite } from '../../src/platform/db/database.ts';
import { ensurePrivateDataDir } from '../../src/platform/db/dataDirectory.ts';
import { organizations } from '../../src/platform/db/schema.ts';
import { referrals } from '../../src/kernel/tables/caseSchema.ts';
import { verifyAuditChain } from '../../src/kernel/audit/verifyChain.ts';
import { createPerson } from '../support/people.ts';
import { builtCli, omringd, repoRoot } from '../support/cli.ts';
import { signInOverHttp } from '../support/httpSignIn.ts';
import { freePort } from '../support/freePort.ts';

// Each test starts the compiled server or the omringd command several times, a few seconds
// each on a busy 2-core machine: more than the suite's default minute, never a hang.
vi.setConfig({ testTimeout: 180_000 });

async function startServer(dataDir: string, dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [builtCli, 'serve'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      OMRINGD_DATA_DIR: dataDir,
      DATABASE_URL: '',
      OMRINGD_ANCHOR_FILE: join(dir, 'anchors.jsonl'),
      PORT: String(port),
      OMRINGD_RATE_LIMIT_PER_MINUTE: '0',
    },
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

describe('backup of the embedded database while the server runs', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('gives an archive with every write acknowledged before it began, whole, and the chain intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'omringd-live-'));
    dirs.push(dir);
    const dataDir = join(dir, 'data');
    await ensurePrivateDataDir(dataDir);
    const setup = await openPglite(dataDir);
    await prepare(setup, new Date());
    const [org] = await setup.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'kind-en-gezin'));
    const nurse = await createPerson(setup.db, {
      role: 'first_line',
      organizationId: org?.id ?? '',
      name: 'Bea Backup',
      now: new Date(),
    });
    await setup.close();

    const port = await freePort();
    const server = await startServer(dataDir, dir, port);
    const base = `http://127.0.0.1:${String(port)}`;
    const session = await signInOverHttp(base, nurse);
    const acknowledged = new Map<string, string>();
    let before = new Map<string, string>();
    let writing = true;
    const writer = async () => {
      while (writing) {
        const marker = `tijdens de back-up ${randomBytes(4).toString('hex')}`;
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
        expect(response.status).toBe(201);
        acknowledged.set(((await response.json()) as { id: string }).id, marker);
      }
    };
    const archive = join(dir, 'live.tar.gz');
    const backup = async () => {
      while (acknowledged.size < 40) await new Promise((r) => setTimeout(r, 50));
      before = new Map(acknowledged);
      const made = await omringd(dataDir, 'backup', archive);
      expect(made.code, made.stderr).toBe(0);
      expect(made.stdout).toContain('by the running server');
      // Writes go on after it.
      const target = acknowledged.size + 20;
      while (acknowledged.size < target) await new Promise((r) => setTimeout(r, 50));
      writing = false;
    };
    try {
      await Promise.all([writer(), writer(), backup()]);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.on('exit', resolve));
    }
    expect((await stat(archive)).mode & 0o777).toBe(0o600);

    const restoredDir = join(dir, 'restored');
    const restored = await omringd(restoredDir, 'restore', archive);
    expect(restored.code, restored.stderr).toBe(0);
    const verified = await omringd(restoredDir, 'verify-audit');
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    const copy = await openPglite(restoredDir);
    try {
      const stored = await copy.db
        .select({ id: referrals.id, content: referrals.content })
        .from(referrals)
        .where(inArray(referrals.id, [...acknowledged.keys()]));
      const found = new Map(stored.map((r) => [r.id, r.content.concern.behaviour]));
      for (const [id, marker] of before) expect(found.get(id)).toBe(marker);
      for (const [id, marker] of found) expect(acknowledged.get(id)).toBe(marker);
      expect((await verifyAuditChain(copy.db)).ok).toBe(true);
    } finally {
      await copy.close();
    }
    // A server start, commands as processes and writes on a busy machine: minutes, not seconds.
  }, 240_000);
});
