/** The real server with an embedded database and the built pages, on a free local port. */
import type { FastifyInstance } from 'fastify';
import { createServer } from 'node:net';
import { buildApp } from '../../packages/server/src/app.ts';
import { prepare } from '../../packages/server/src/bootstrap.ts';
import { openPglite, type Database } from '../../packages/server/src/platform/db/database.ts';

export type RunningServer = { url: string; database: Database; close(): Promise<void> };

/** A free port, so the public address (links in e-mails) is known before the server starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

/** `clock` lets a test start at a chosen moment (the intake roster depends on the hour). */
export async function startServer(clock: () => Date = () => new Date()): Promise<RunningServer> {
  const database: Database = await openPglite();
  await prepare(database, clock());
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app: FastifyInstance = await buildApp({
    database,
    clock,
    publicUrl: url,
  });
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
