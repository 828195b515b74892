/** The shipped programme definitions are valid data for the core and name real organisations. */
import { programmeSchema } from '@omringd/core';
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../data/programmes/', import.meta.url);
const socialMap = new URL('../../data/social-map/', import.meta.url);

describe('shipped programmes', () => {
  it('every file validates and its organisation is on the social map', async () => {
    const organizationKeys = new Set<string>();
    for (const file of await readdir(socialMap)) {
      const data = JSON.parse(await readFile(new URL(file, socialMap), 'utf8')) as {
        organizations: { key: string }[];
      };
      for (const o of data.organizations) organizationKeys.add(o.key);
    }
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
    expect(files.length).toBe(5);
    for (const file of files) {
      const parsed = programmeSchema.safeParse(
        JSON.parse(await readFile(new URL(file, dir), 'utf8')),
      );
      expect(parsed.success, `${file}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      if (parsed.success) {
        expect(organizationKeys.has(parsed.data.organizationKey), file).toBe(true);
        expect(`${parsed.data.key}.json`).toBe(file);
      }
    }
  });
});
