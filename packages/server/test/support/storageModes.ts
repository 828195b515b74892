/**
 * Integration tests run against both storage modes. PostgreSQL is required unless the run opts out
 * explicitly with OMRINGD_TEST_SKIP_POSTGRES=1 (documented in the README; CI never sets it).
 */
export type StorageMode = 'pglite' | 'postgres';

export const postgresAdminUrl =
  process.env.OMRINGD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const skipPostgres = process.env.OMRINGD_TEST_SKIP_POSTGRES === '1';

export const storageModes: StorageMode[] = skipPostgres ? ['pglite'] : ['pglite', 'postgres'];
