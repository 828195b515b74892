/**
 * The embedded database's directory holds family data (its WAL too): only the user who runs
 * Omringd may read it. It is created 0700 and every file in it 0600, whatever the umask of the
 * shell; a directory that others can read is refused, with the command that fixes it.
 */
import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export class DataDirectoryOpen extends Error {
  constructor(dir: string, mode: number) {
    super(
      `The data directory ${dir} can be read by other users of this machine (mode ${(mode & 0o777).toString(8)}), and it holds family data. ` +
        `Make it private and start again:\n  chmod -R go-rwx ${JSON.stringify(dir)}`,
    );
    this.name = 'DataDirectoryOpen';
  }
}

export async function ensurePrivateDataDir(dir: string): Promise<void> {
  // Files the embedded database creates from now on are the owner's alone.
  process.umask(0o077);
  let mode: number;
  try {
    mode = (await stat(dir)).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return;
  }
  if ((mode & 0o077) !== 0) throw new DataDirectoryOpen(dir, mode);
}

/**
 * The embedded engine sets its files to 0666 itself (whatever the umask), so after it opens, every
 * night and when it closes, every file is set back to 0600 and every directory to 0700. In between
 * a new file is still out of others' reach: the directory above it is 0700.
 */
export async function tightenDataDir(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  await chmod(dir, 0o700);
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) await chmod(path, 0o700);
    else if (entry.isFile()) await chmod(path, 0o600);
  }
}
