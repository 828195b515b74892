/** The real server with an embedded database and the built pages, on a free local port. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../packages/server/src/app.ts';
import { prepare } from '../../packages/server/src/bootstrap.ts';
import { openPglite, type Database } from '../../packages/server/src/platform/db/database.ts';
import { demoPeople, seedDemoStaff } from '../../packages/server/src/modules/demo/staff.ts';
import { seedDemoFamilies } from '../../packages/server/src/modules/demo/families.ts';
import { linkDemoParents } from '../../packages/server/src/modules/demo/parents.ts';
import { freePort } from '../../packages/server/test/support/freePort.ts';

export type RunningServer = { url: string; database: Database; close(): Promise<void> };

/**
 * `clock` lets a test start at a chosen moment (the intake roster depends on the hour); `demo`
 * starts it as `npm run demo` does, with the invented staff and families.
 */
export async function startServer(
  clock: () => Date = () => new Date(),
  /** `localhost`: the public address a passkey needs (an IP address cannot name a relying party). */
  options: { demo?: boolean; localhost?: boolean } = {},
): Promise<RunningServer> {
  const database: Database = await openPglite();
  await prepare(database, clock());
  if (options.demo === true) await seedDemoStaff(database.db, clock());
  const port = await freePort();
  const url = `http://${options.localhost === true ? 'localhost' : '127.0.0.1'}:${port}`;
  const app: FastifyInstance = await buildApp({
    database,
    clock,
    publicUrl: url,
    demo: options.demo === true,
  });
  if (options.demo === true) {
    const people = await demoPeople(database.db);
    await seedDemoFamilies(app, people, clock());
    await linkDemoParents(database.db, people, clock());
  }
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
