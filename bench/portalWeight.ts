/**
 * What a parent's phone downloads before the family portal shows: the JavaScript of the entry
 * and of the portal page with everything they import at once (not what loads later, such as
 * another language's texts), gzip-compressed as the server sends it. Reads the web build's
 * manifest (run `npm run build:web` first); prints the figures and writes JSON to bench/results/.
 *
 *   npm run bench:portal
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const TARGET_KB = 150;
const dist = new URL('../packages/web/dist/', import.meta.url);
type Chunk = { file: string; imports?: string[]; isEntry?: boolean; css?: string[] };
const manifest = JSON.parse(
  await readFile(new URL('.vite/manifest.json', dist), 'utf8').catch(() => {
    console.error('No web build found: run `npm run build:web` first.');
    process.exit(2);
  }),
) as Record<string, Chunk>;

/** A chunk and what it imports statically, each file once. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}

const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true);
const page = 'src/pages/portal/OurPlanPage.tsx';
if (entry === undefined || manifest[page] === undefined) {
  console.error(`The build has no entry or no ${page}; is it the current web build?`);
  process.exit(2);
}
const keys = closure(page, closure(entry));
const files = await Promise.all(
  [...keys].map(async (key) => {
    const file = manifest[key]?.file ?? '';
    const bytes = await readFile(new URL(file, dist));
    return { file, kB: bytes.length / 1024, gzipKB: gzipSync(bytes, { level: 9 }).length / 1024 };
  }),
);
files.sort((a, b) => b.gzipKB - a.gzipKB);
const total = files.reduce((sum, f) => sum + f.gzipKB, 0);
for (const f of files) console.log(`${f.gzipKB.toFixed(1).padStart(7)} kB gzip  ${f.file}`);
console.log(
  `${total.toFixed(1).padStart(7)} kB gzip in all, for a target of at most ${String(TARGET_KB)} kB: ${total <= TARGET_KB ? 'within' : 'OVER'}`,
);
await mkdir(new URL('results/', import.meta.url), { recursive: true });
await writeFile(
  new URL('results/portal-weight.json', import.meta.url),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), targetKB: TARGET_KB, totalGzipKB: total, files }, null, 2)}\n`,
);
