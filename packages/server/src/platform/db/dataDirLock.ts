/**
 * The embedded database is opened by one process at a time. Two processes on one directory do
 * not see each other's writes (an invitation made by the command while the server runs is lost,
 * its link never works), so the second one is refused with what to do instead. The lock file
 * names the holder; a lock whose process is gone (a crash, kill -9) is taken over.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

const LOCK_FILE = 'omringd.lock';

type Holder = { pid: number; host: string; since: string; role: string };

export class DataDirectoryInUse extends Error {
  constructor(dir: string, holder: Holder) {
    super(
      `The embedded database in ${dir} is in use by another Omringd process (${holder.role}, pid ${String(holder.pid)}, since ${holder.since}). ` +
        'One process at a time can use it: stop that process first (Ctrl+C where it runs), then run this again. ' +
        'To run commands next to a running server, use PostgreSQL (DATABASE_URL).',
    );
    this.name = 'DataDirectoryInUse';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(path: string): Promise<Holder | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Holder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // A lock file cut short by a crash while it was written holds no one.
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/** Takes the directory for this process; the returned function gives it back. */
export async function lockDataDir(dir: string, role: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    role,
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      return async () => {
        const holder = await readHolder(path);
        if (holder?.pid === process.pid) await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readHolder(path);
      const held =
        holder !== null &&
        (holder.host !== me.host || (holder.pid !== process.pid && alive(holder.pid)));
      if (held) throw new DataDirectoryInUse(dir, holder);
      if (holder?.pid === process.pid)
        throw new DataDirectoryInUse(dir, { ...holder, role: `${holder.role} (this process)` });
      // The holder is gone: take the directory over.
      await rm(path, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}: another process keeps taking it.`);
}
