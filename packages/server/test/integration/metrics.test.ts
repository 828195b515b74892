/**
 * What Prometheus reads at /metrics, with its token only: requests by route template (no ids),
 * their latency, audit rows, failed sign-ins, and the PostgreSQL pool.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';

const token = 'metrics-token-for-the-test-0123456789';

describe.each(storageModes)('metrics on %s', (mode) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(mode, undefined, { metricsToken: token, rateLimitPerMinute: false });
  });
  afterAll(() => closeTestApp(t));
  const metrics = (authorization?: string) =>
    t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: authorization === undefined ? {} : { authorization },
    });

  it('answers only with the token', async () => {
    expect((await metrics()).statusCode).toBe(401);
    expect((await metrics('Bearer wrong-token-of-the-same-length-012')).statusCode).toBe(401);
    expect((await metrics(`Bearer ${token}`)).statusCode).toBe(200);
  });

  it('counts requests by route template, audit rows and failed sign-ins', async () => {
    await t.app.inject({ method: 'GET', url: '/health/live' });
    const id = randomUUID();
    await t.app.inject({ method: 'GET', url: `/api/v1/referrals/${id}` });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'niemand@example.be', password: 'verkeerd-wachtwoord' },
    });
    const text = (await metrics(`Bearer ${token}`)).body;
    expect(text).toContain(
      'omringd_http_requests_total{method="GET",route="/health/live",status="200"}',
    );
    expect(text).toContain('route="/api/v1/referrals/:id"');
    expect(text).not.toContain(id);
    expect(text).toMatch(/omringd_http_request_duration_seconds_bucket\{/);
    expect(text).toMatch(/omringd_sign_in_failures_total [1-9]/);
    expect(text).toMatch(/omringd_audit_rows_written_total\{outcome="failure"\} [1-9]/);
    if (mode === 'postgres')
      expect(text).toMatch(/omringd_db_pool_connections\{state="total"\} \d/);
  });
});

describe('metrics without a token', () => {
  it('do not exist', async () => {
    const t = await createTestApp('pglite');
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    await closeTestApp(t);
  });
});
