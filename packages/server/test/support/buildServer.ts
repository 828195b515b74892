/**
 * Compiles the server once before the integration run, so the tests that start the omringd
 * command run it as production does (`node dist/cli.js`) and do not pay a TypeScript loader on
 * every process start. Incremental: an unchanged tree rebuilds in a couple of seconds.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const serverRoot = new URL('../../', import.meta.url).pathname;

export default async function setup(): Promise<void> {
  const tsc = new URL('../../../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
  // The build record lives inside dist: a removed dist is then built again in full.
  await run(
    process.execPath,
    [tsc, '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', 'dist/.tsbuildinfo'],
    {
      cwd: serverRoot,
    },
  );
}
