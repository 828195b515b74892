/** The demo directory shipped in data/social-map: real organisations and services from the sources. */
import { directorySchema, type Directory } from '@omringd/core';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../../../data/social-map/', import.meta.url));

export async function readDemoDirectories(): Promise<Directory[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = directorySchema.safeParse(JSON.parse(await readFile(dir + file, 'utf8')));
      if (!parsed.success) {
        throw new Error(
          `Demo data ${file} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      return parsed.data;
    }),
  );
}
