/** The real server with an embedded database and the built pages, on a free local port. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../packages/server/src/app.ts';
import { prepare } from '../../packages/server/src/bootstrap.ts';
import { openPglite, type Database } from '../../packages/server/src/db/database.ts';

export type RunningServer = { url: string; close(): Promise<void> };

export async function startServer(): Promise<RunningServer> {
  const database: Database = await openPglite();
  await prepare(database, new Date());
  const app: FastifyInstance = await buildApp({ database, clock: () => new Date() });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
