// After `npm install`: build the web pages and prepare the copy a new embedded database starts
// from, so that the first `npm start` only starts (it would otherwise do both, on the same two
// cores as the server). Each step that fails is reported, and `npm start` does it instead; an
// install without the development tools (a production install, which runs `npm run build`)
// skips this.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/tsx') || process.env.OMRINGD_SKIP_AFTER_INSTALL === '1')
  process.exit(0);

const steps = [
  { what: 'Building the web pages', command: ['npm', 'run', '--silent', 'build:web:if-changed'] },
  {
    what: 'Preparing the embedded database',
    command: [
      process.execPath,
      '--import',
      'tsx',
      'packages/server/src/cli.ts',
      'prepare-template',
    ],
  },
];
for (const step of steps) {
  console.log(`${step.what}…`);
  const [command = '', ...args] = step.command;
  const done = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (done.status !== 0)
    console.warn(
      `${step.what} did not succeed (${done.error?.message ?? `exit code ${String(done.status)}`}); npm start will do it at its first start.`,
    );
}
