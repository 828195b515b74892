/**
 * Stopping as an orchestrator does (SIGTERM): no new requests, those in flight finish, the job
 * queue and the database close, the process ends with 0 and the data directory is free again.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/freePort.ts';
import { builtCli, repoRoot } from '../support/cli.ts';

describe('a graceful stop', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('finishes the requests in flight, closes everything and exits with 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'omringd-stop-'));
    dirs.push(dir);
    const port = await freePort();
    const server = spawn(process.execPath, [builtCli, 'serve'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: '',
        PORT: String(port),
        OMRINGD_DATA_DIR: join(dir, 'data'),
        OMRINGD_ANCHOR_FILE: join(dir, 'anchors.jsonl'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => {
      server.on('exit', (code) => {
        resolve(code);
      });
    });
    const started = Date.now();
    while (!output.includes('Omringd is running')) {
      if (Date.now() - started > 90_000) throw new Error(`the server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const base = `http://127.0.0.1:${String(port)}`;
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);

    // Searches keep coming, before and during the stop: those under way when the signal comes get
    // their answer; one that arrives while closing is told 503 (a load balancer sends it
    // elsewhere) or finds the port closed. The signal comes once the first answer is back, so the
    // server is busy when it stops however slow the machine is.
    const answers: Promise<number | 'refused'>[] = [];
    let firstAnswer = (): void => undefined;
    const answered = new Promise<void>((resolve) => {
      firstAnswer = resolve;
    });
    let firing = true;
    const fire = async () => {
      for (let i = 0; firing && i < 400; i++) {
        answers.push(
          fetch(`${base}/api/v1/services?q=${encodeURIComponent(`opvoeding ${String(i)}`)}`).then(
            (r) => {
              firstAnswer();
              return r.status;
            },
            () => 'refused' as const,
          ),
        );
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const firing_ = fire();
    await answered;
    server.kill('SIGTERM');
    const code = await exited;
    firing = false;
    await firing_;
    const statuses = await Promise.all(answers);
    expect(statuses.filter((a) => a !== 'refused' && a !== 200 && a !== 503)).toEqual([]);
    expect(statuses).toContain(200);

    expect(code).toBe(0);
    expect(output).toContain('SIGTERM: no new requests');
    expect(output).toContain('Omringd stopped.');
    // The embedded database is free for the next process.
    expect(existsSync(join(dir, 'data', 'omringd.lock'))).toBe(false);
  });
});
