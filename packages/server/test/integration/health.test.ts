/**
 * What a load balancer asks: live (the process answers) and ready (database up, migrations
 * current, the job queue running where this process runs one); not ready is a 503 that says
 * which part. And the rate limit an operator sets, or turns off behind a proxy that limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { closeTestApp, createTestApp, getJson, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';

describe.each(storageModes)('health on %s', (mode) => {
  let t: TestApp;
  let queue = true;
  beforeAll(async () => {
    t = await createTestApp(mode, undefined, { jobsRunning: () => queue });
  });
  afterAll(() => closeTestApp(t));

  it('is live and ready, and not ready while the job queue is stopped', async () => {
    expect(await getJson(t.app, '/health/live')).toEqual({ status: 200, body: { live: true } });
    expect(await getJson(t.app, '/health/ready')).toEqual({
      status: 200,
      body: { ready: true, database: 'up', migrations: 'current', jobs: 'running' },
    });
    queue = false;
    expect(await getJson(t.app, '/health/ready')).toMatchObject({
      status: 503,
      body: { ready: false, jobs: 'stopped' },
    });
    queue = true;
  });
});

describe('health without a database', () => {
  it('says the database is down, with a 503, and stays live', async () => {
    const t = await createTestApp('pglite');
    await t.database.close();
    expect((await getJson(t.app, '/health/live')).status).toBe(200);
    expect(await getJson(t.app, '/health/ready')).toMatchObject({
      status: 503,
      body: { ready: false, database: 'down', jobs: 'not_here' },
    });
    await t.app.close();
  });
});

describe('the rate limit setting', () => {
  it('is 600 per minute by default, a number when set, and off at 0', () => {
    expect(loadConfig({}).rateLimitPerMinute).toBe(600);
    expect(loadConfig({ OMRINGD_RATE_LIMIT_PER_MINUTE: '120' }).rateLimitPerMinute).toBe(120);
    expect(loadConfig({ OMRINGD_RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(false);
    expect(() => loadConfig({ OMRINGD_RATE_LIMIT_PER_MINUTE: 'veel' })).toThrow(
      /OMRINGD_RATE_LIMIT_PER_MINUTE must be a number/,
    );
  });
});
