/**
 * Backup and restore of the embedded database: one compressed archive of its whole directory,
 * written by the engine itself after a checkpoint, so it is consistent — by the command with the
 * server stopped, or by the running server when it holds the directory. The archive holds family
 * data: it is written for the owner alone (0600). Restoring goes into an empty directory only.
 * (PostgreSQL has its own tools: pg_dump and pg_restore, and point-in-time recovery; see
 * docs/operations.md.)
 */
import { PGlite } from '@electric-sql/pglite';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { pgliteExtensions } from './database.ts';
import { DataDirectoryInUse, lockDataDir } from './dataDirLock.ts';
import { backupThroughServer, hasControlSocket } from './controlSocket.ts';
import { ensurePrivateDataDir, tightenDataDir } from './dataDirectory.ts';
import { assertDataDirVersion } from './embeddedVersion.ts';

/**
 * With the server stopped, the command opens the directory itself; while the server runs (it
 * holds the directory), the server makes the archive and hands it over its control socket.
 */
export async function backupEmbedded(
  dataDir: string,
  file: string,
): Promise<{ bytes: number; live: boolean }> {
  await assertDataDirVersion(dataDir);
  let unlock: () => Promise<void>;
  try {
    unlock = await lockDataDir(dataDir, 'omringd backup');
  } catch (error) {
    if (!(error instanceof DataDirectoryInUse) || !(await hasControlSocket(dataDir))) throw error;
    const archive = await backupThroughServer(dataDir);
    await writeFile(file, archive, { mode: 0o600 });
    return { bytes: archive.length, live: true };
  }
  try {
    const client = await PGlite.create({ dataDir, extensions: pgliteExtensions });
    try {
      const archive = Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer());
      await writeFile(file, archive, { mode: 0o600 });
      return { bytes: archive.length, live: false };
    } finally {
      await client.close();
      await tightenDataDir(dataDir);
    }
  } finally {
    await unlock();
  }
}

export class RestoreTargetNotEmpty extends Error {
  constructor(dir: string) {
    super(
      `${dir} is not empty. A restore goes into an empty directory, so nothing is overwritten: choose another OMRINGD_DATA_DIR, or move this one away first.`,
    );
    this.name = 'RestoreTargetNotEmpty';
  }
}

export async function restoreEmbedded(file: string, dataDir: string): Promise<void> {
  const archive = await readFile(file);
  await ensurePrivateDataDir(dataDir);
  if ((await readdir(dataDir)).length > 0) throw new RestoreTargetNotEmpty(dataDir);
  const unlock = await lockDataDir(dataDir, 'omringd restore');
  try {
    const client = await PGlite.create({
      dataDir,
      extensions: pgliteExtensions,
      loadDataDir: new Blob([archive]),
    });
    try {
      await client.query('SELECT 1');
    } finally {
      await client.close();
      await tightenDataDir(dataDir);
    }
  } finally {
    await unlock();
  }
}
