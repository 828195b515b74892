/**
 * `npm start` builds the pages only when they changed since the last build: the sources of the
 * web package and of the shared core, its configuration and the lock file, compared by content
 * (a hash kept beside the build). An unchanged clone starts without the two seconds of a build.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const inputs = [
  'packages/web/src',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/core/src',
  'package-lock.json',
];
const stamp = join(root, 'packages/web/dist/.sources-hash');

function files(path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

const hash = createHash('sha256');
for (const file of inputs.flatMap(files)) {
  hash.update(file);
  hash.update(readFileSync(join(root, file)));
}
const current = hash.digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === current) {
  console.log('The web pages are built and unchanged.');
} else {
  execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, current);
}
