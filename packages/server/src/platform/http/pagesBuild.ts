/**
 * `npm start` builds the web pages (when they changed) in a process of its own while the server
 * loads and prepares its database, instead of one after the other: on a fresh clone each takes
 * seconds. The server waits for the pages only before it registers them.
 */
import { spawn } from 'node:child_process';

let building: Promise<void> | undefined;

/** Starts the build once; later calls answer the same build. */
export function startPagesBuild(): Promise<void> {
  building ??= new Promise((resolvePromise, reject) => {
    // On Windows npm is a .cmd script, which only a shell starts.
    const child = spawn('npm', ['run', '--silent', 'build:web:if-changed'], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolvePromise();
      else
        reject(
          new Error(
            `Building the web pages failed (exit code ${String(code)}); the messages above say why. Run npm run build:web to see them again.`,
          ),
        );
    });
  });
  return building;
}
