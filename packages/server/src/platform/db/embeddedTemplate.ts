/**
 * A new embedded database starts from a prepared copy instead of from nothing: `npm install`
 * creates one (PostgreSQL's initdb in WebAssembly, the migrations, the geography, the programmes
 * and the demo social map: several seconds on two cores) and keeps it as a compressed archive in
 * node_modules/.cache; the first start in a new data directory unpacks it (about 1 s instead of 5). The archive is named
 * by a hash of everything that goes into it (the server's and the core's sources, the migrations,
 * the data files, the engine's version), so a change to any of them makes the start prepare the
 * directory itself, as before: a stale copy is never used.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from 'tar';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const inputs = [
  'packages/server/src',
  'packages/server/drizzle',
  'packages/server/data',
  'packages/core/src',
  'node_modules/@electric-sql/pglite/package.json',
];

function filesUnder(path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/** The hash of what a prepared directory is made from. */
export function templateKey(): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(filesUnder)) {
    hash.update(file);
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export const templateFile = (key = templateKey()) =>
  join(root, 'node_modules/.cache/omringd', `embedded-${key}.tar.gz`);

/**
 * Unpacks the prepared copy for the current sources into a new data directory, when `npm install`
 * made one; answers whether it did. Unpacked by node-tar, natively: letting the engine unpack it
 * inside its WebAssembly file system took twice as long as opening the result.
 */
export async function unpackTemplate(dataDir: string): Promise<boolean> {
  const file = templateFile();
  if (!existsSync(file)) return false;
  // The engine's archive names its entries from the data directory's root ("/base/1/…").
  await extract({ file, cwd: dataDir, preserveOwner: false });
  return true;
}

/** Keeps the archive under its key; written aside first, so a half-written one is never read. */
export async function writeTemplate(archive: Blob, key = templateKey()): Promise<string> {
  const file = templateFile(key);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.partial`, Buffer.from(await archive.arrayBuffer()));
  await rename(`${file}.partial`, file);
  return file;
}
