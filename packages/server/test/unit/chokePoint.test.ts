/**
 * The choke point holds, checked on the real program with the TypeScript compiler (see
 * test/support/chokePointRules.ts for the rules), and each committed way around it is caught.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkChokePoint,
  fixtureDir,
  fixtureFile,
  protectedTableNames,
  serverProgram,
} from '../support/chokePointRules.ts';

describe('the choke point for protected data', () => {
  it('knows the protected tables from the schema', () => {
    expect(protectedTableNames).toEqual(
      expect.arrayContaining([
        'cases',
        'case_members',
        'referrals',
        'notifications',
        'audit_events',
      ]),
    );
  });

  const base = serverProgram();

  it('holds in the server as it is', () => {
    expect(checkChokePoint(base)).toEqual([]);
  }, 60_000);

  it('catches every committed bypass', async () => {
    const fixtures = (await readdir(fixtureDir)).filter((f) => f.endsWith('.ts.txt'));
    expect(fixtures.length).toBeGreaterThanOrEqual(9);
    const missed: string[] = [];
    for (const name of fixtures) {
      const { rule, files } = fixtureFile(await readFile(join(fixtureDir, name), 'utf8'));
      const paths = files.map((f) => f.path);
      const caught = checkChokePoint(serverProgram(files, base), paths).map((o) => o.rule);
      if (!caught.includes(rule))
        missed.push(`${name} (rule ${rule}; caught: ${caught.join(',')})`);
    }
    expect(missed).toEqual([]);
  }, 120_000);
});
