/**
 * The production build: `npm run build` compiles the server to plain JavaScript, and the
 * production start is `node` on it, without tsx. Node 24 loads the core's TypeScript itself (it
 * strips the types); the test runs where the Node does that, as CI's Node 24 does.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../packages/server/test/support/freePort.ts';

const run = promisify(execFile);
const repoRoot = new URL('../', import.meta.url).pathname;
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const stripsTypes = major >= 23 || (major === 22 && minor >= 18);

describe('the production build', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(!stripsTypes)('starts with node alone and serves the pages and the API', async () => {
    await run('npm', ['run', 'build:server'], { cwd: repoRoot });
    const entry = join(repoRoot, 'packages/server/dist/cli.js');
    expect(existsSync(entry)).toBe(true);
    const dir = await mkdtemp(join(tmpdir(), 'omringd-prod-'));
    dirs.push(dir);
    const port = await freePort();
    const server = spawn(process.execPath, [entry, 'serve'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: '',
        NODE_OPTIONS: '',
        PORT: String(port),
        OMRINGD_DATA_DIR: join(dir, 'data'),
        OMRINGD_ANCHOR_FILE: join(dir, 'anchors.jsonl'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => {
      server.on('exit', resolve);
    });
    try {
      const started = Date.now();
      while (!output.includes('Omringd is running')) {
        if (Date.now() - started > 90_000) throw new Error(`it did not start:\n${output}`);
        if (server.exitCode !== null) throw new Error(`it stopped:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const base = `http://127.0.0.1:${String(port)}`;
      expect((await fetch(`${base}/health/ready`)).status).toBe(200);
      const page = await fetch(base);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const search = await fetch(`${base}/api/v1/services?q=opvoeding`);
      expect(search.status).toBe(200);
      // No tsx in the process: plain node on the build.
      expect(output).not.toMatch(/tsx/);
    } finally {
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
