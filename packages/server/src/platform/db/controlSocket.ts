/**
 * The running server's door for the operator's commands on the embedded database, which one
 * process at a time can open: a Unix socket next to the data directory (not in it: the archive
 * is of the directory, and a socket is no file to archive), for its owner alone (0600), through
 * which `omringd backup` asks the server for a consistent archive while it serves.
 */
import { createServer, request, type Server } from 'node:http';
import { rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export const controlSocketPath = (dataDir: string) =>
  join(dirname(resolve(dataDir)), `.${basename(resolve(dataDir))}.omringd.sock`);

/** Serves `POST /backup` with the archive; answers a function that closes the socket. */
export async function startControlSocket(
  dataDir: string,
  snapshot: () => Promise<Buffer>,
): Promise<() => Promise<void>> {
  const path = controlSocketPath(dataDir);
  // Left by a process that is gone (this process holds the directory's lock).
  await rm(path, { force: true });
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/backup') {
      res.writeHead(404).end();
      return;
    }
    snapshot().then(
      (archive) => {
        res.writeHead(200, { 'content-type': 'application/gzip' }).end(archive);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : JSON.stringify(error);
        res.writeHead(500, { 'content-type': 'text/plain' }).end(message);
      },
    );
  });
  // Made for the owner alone from the start: no moment in which another user could connect.
  const umask = process.umask(0o177);
  try {
    await new Promise<void>((done, reject) => {
      server.once('error', reject);
      server.listen(path, done);
    });
  } finally {
    process.umask(umask);
  }
  return async () => {
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
    await rm(path, { force: true });
  };
}

/** Whether a server answers on the data directory's control socket. */
export async function hasControlSocket(dataDir: string): Promise<boolean> {
  try {
    return (await stat(controlSocketPath(dataDir))).isSocket();
  } catch {
    return false;
  }
}

/** Asks the running server for the archive. */
export function backupThroughServer(dataDir: string): Promise<Buffer> {
  return new Promise((done, reject) => {
    const req = request(
      { socketPath: controlSocketPath(dataDir), path: '/backup', method: 'POST' },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          if (res.statusCode === 200) done(body);
          else
            reject(new Error(`The running server could not make the backup: ${body.toString()}`));
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
