/**
 * `npm start` and `npm run demo`: the page build begins before the server's modules load, which
 * takes seconds on a fresh clone, then the omringd command runs as usual (with --build-pages it
 * waits for this same build).
 */
import { startPagesBuild } from './platform/http/pagesBuild.ts';

if (process.argv.includes('--build-pages')) void startPagesBuild().catch(() => undefined);
// Loaded after the build has begun, which a static import would not allow (every static import
// loads before this file runs). The choke point test follows cli.ts itself.
// eslint-disable-next-line no-restricted-syntax
await import('./cli.ts');
