/**
 * The choke point holds: outside the access layer, the audit code and the schema itself, no
 * server module imports the protected tables (the lint rule says the same while editing).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../../src/', import.meta.url).pathname;
const allowed = ['kernel/', 'modules/', 'facades/'];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? sourceFiles(join(dir, e.name))
        : Promise.resolve(e.name.endsWith('.ts') ? [join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

describe('the choke point for protected data', () => {
  it('no route or other module imports the case or audit tables directly', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(src)) {
      const path = relative(src, file);
      if (allowed.some((a) => path.startsWith(a))) continue;
      const text = await readFile(file, 'utf8');
      if (/from ['"][^'"]*db\/(caseSchema|auditSchema)(\.ts)?['"]/.test(text)) offenders.push(path);
    }
    expect(offenders).toEqual([]);
  });

  it('finds an offender when there is one (the check itself works)', () => {
    expect(
      /from ['"][^'"]*db\/(caseSchema|auditSchema)(\.ts)?['"]/.test(
        "import { cases } from '../db/caseSchema.ts';",
      ),
    ).toBe(true);
  });
});
