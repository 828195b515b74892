/**
 * `omringd prepare-template` (run by `npm install`): prepares an embedded database in memory as a
 * new data directory would be prepared at its first start, and keeps it as the copy the first
 * start unpacks (platform/db/embeddedTemplate.ts).
 */
import { PGlite } from '@electric-sql/pglite';
import { prepare } from './bootstrap.ts';
import { fromPglite, pgliteExtensions } from './platform/db/database.ts';
import { templateKey, writeTemplate } from './platform/db/embeddedTemplate.ts';

export async function prepareTemplate(now: Date): Promise<{ file: string; services: number }> {
  const key = templateKey();
  const client = await PGlite.create({ extensions: pgliteExtensions });
  try {
    const database = await fromPglite(client);
    const { demoServices } = await prepare(database, now);
    await client.exec('CHECKPOINT');
    const file = await writeTemplate(await client.dumpDataDir('gzip'), key);
    return { file, services: demoServices };
  } finally {
    await client.close();
  }
}
