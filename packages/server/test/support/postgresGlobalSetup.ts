/** Fails the integration run at once, with what to do, when PostgreSQL cannot be reached. */
import pg from 'pg';
import { postgresAdminUrl, skipPostgres } from './storageModes.ts';

export default async function setup(): Promise<void> {
  if (skipPostgres) {
    console.warn('OMRINGD_TEST_SKIP_POSTGRES=1: integration tests run on embedded PGlite only.');
    return;
  }
  const client = new pg.Client({
    connectionString: postgresAdminUrl,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${postgresAdminUrl} (${error instanceof Error ? error.message : String(error)}). ` +
        'Start the server, set OMRINGD_TEST_POSTGRES_URL to an admin connection, or run with OMRINGD_TEST_SKIP_POSTGRES=1 to test on PGlite only.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
