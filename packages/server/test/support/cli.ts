/** The omringd command as an operator runs it: a real process, on a data directory or a database. */
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** The compiled command (test/support/buildServer.ts builds it before the integration run). */
export const builtCli = new URL('../../dist/cli.js', import.meta.url).pathname;
export const repoRoot = new URL('../../../../', import.meta.url).pathname;

/** Where a command works: an embedded data directory, or a PostgreSQL database by its URL. */
export type Target = string | { databaseUrl: string };

export async function omringd(
  target: Target,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const dataDir = typeof target === 'string' ? target : join(tmpdir(), 'omringd-unused');
  try {
    // Under the most permissive umask: what Omringd creates must be private anyway.
    const { stdout, stderr } = await run(
      '/bin/sh',
      ['-c', 'umask 000 && exec "$0" "$@"', process.execPath, builtCli, ...args],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          OMRINGD_DATA_DIR: dataDir,
          OMRINGD_ANCHOR_FILE: join(dirname(dataDir), 'anchors.jsonl'),
          DATABASE_URL: typeof target === 'string' ? '' : target.databaseUrl,
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
