/** The real application over a test database, driven through Fastify's injection (no mocks). */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../../src/app.ts';
import type { RegisteredRoute } from '../../src/kernel/requestAccess.ts';
import { createTestDatabase, type TestDatabase } from './testDatabase.ts';
import type { StorageMode } from './storageModes.ts';

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  now: { value: Date };
  routes: RegisteredRoute[];
};

export async function createTestApp(
  mode: StorageMode,
  at = new Date('2026-11-22T10:00:00Z'),
  options: Partial<
    Pick<
      AppDeps,
      | 'rateLimitPerMinute'
      | 'smtpConfigured'
      | 'demo'
      | 'jobsRunning'
      | 'logger'
      | 'metricsToken'
      | 'oidc'
    >
  > = {},
): Promise<TestApp> {
  const database = await createTestDatabase(mode);
  const now = { value: at };
  const routes: RegisteredRoute[] = [];
  const app = await buildApp({
    database,
    clock: () => now.value,
    routes,
    publicUrl: 'http://localhost:3000',
    ...options,
  });
  return { app, database, now, routes };
}

export async function closeTestApp(t: TestApp | undefined): Promise<void> {
  if (t === undefined) return;
  await t.app.close();
  await t.database.drop();
}

export async function getJson<T = Record<string, unknown>>(
  app: FastifyInstance,
  url: string,
): Promise<{ status: number; body: T }> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json<T>() };
}
