/**
 * PostgreSQL stopped under a running server: requests answer 503 with Retry-After at once (never
 * a hang, never a wrong answer), readiness goes red; when PostgreSQL returns, the server serves
 * again within 5 s without a restart. A pool with no connection free answers 503 too.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { prepare } from '../../src/bootstrap.ts';
import { openPostgres, type Database } from '../../src/platform/db/database.ts';
import { clusterTools, throwawayCluster, type Cluster } from '../support/throwawayCluster.ts';
import { skipPostgres } from '../support/storageModes.ts';
import { freePort } from '../support/freePort.ts';

describe.skipIf(skipPostgres || clusterTools === null)('a database outage', () => {
  let cluster: Cluster;
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    cluster = await throwawayCluster(await freePort());
    database = openPostgres(cluster.url);
    await prepare(database, new Date('2026-11-23T09:00:00Z'));
    app = await buildApp({ database, clock: () => new Date(), rateLimitPerMinute: false });
  });
  afterAll(async () => {
    await app.close();
    await database.close().catch(() => undefined);
    await cluster.remove();
  });
  const search = () => app.inject({ method: 'GET', url: '/api/v1/services?q=opvoeding' });

  it('answers 503 with Retry-After while PostgreSQL is down, and recovers within 5 s', async () => {
    expect((await search()).statusCode).toBe(200);
    await cluster.stop();
    const began = Date.now();
    const down = await search();
    expect(Date.now() - began).toBeLessThan(6_000);
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.json()).toMatchObject({ error: { code: 'unavailable' } });
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ database: 'down' });

    await cluster.start();
    const back = Date.now();
    let status = 0;
    while (status !== 200 && Date.now() - back < 5_000) {
      status = (await search()).statusCode;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
  });

  it('answers 503 when every connection of the pool is taken, instead of hanging', async () => {
    const holders = Array.from({ length: 10 }, () =>
      database.executeSql('SELECT pg_sleep(7)', []).catch(() => undefined),
    );
    await new Promise((r) => setTimeout(r, 300));
    const began = Date.now();
    const answer = await search();
    expect(answer.statusCode).toBe(503);
    expect(Date.now() - began).toBeLessThan(6_500);
    await Promise.all(holders);
    expect((await search()).statusCode).toBe(200);
  });
});
