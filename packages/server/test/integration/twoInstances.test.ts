/**
 * Two server processes on one PostgreSQL, as a deployment with more than one instance runs:
 * a session made on one serves on the other, the sign-in throttle counts across both, and a
 * sweep run by both at the same moment sends its notice once.
 */
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { openPostgres, type Database } from '../../src/platform/db/database.ts';
import { organizations } from '../../src/platform/db/schema.ts';
import { notifications } from '../../src/kernel/tables/notificationSchema.ts';
import { sweepExternalFollowUps } from '../../src/modules/referrals/index.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { skipPostgres } from '../support/storageModes.ts';
import { Agent, createPerson, PASSWORD, type Person } from '../support/people.ts';
import { referralContent } from '../support/referralFixture.ts';
import { systemAt } from '../support/system.ts';

type ErrorBody = { error: { code: string } };

describe.skipIf(skipPostgres)('two instances on one PostgreSQL', () => {
  let first: TestApp;
  let secondDatabase: Database;
  let second: FastifyInstance;
  let nurse: Person;
  beforeAll(async () => {
    first = await createTestApp('postgres', new Date('2026-11-23T09:00:00Z'), {
      rateLimitPerMinute: false,
    });
    secondDatabase = openPostgres(first.database.url ?? '');
    second = await buildApp({
      database: secondDatabase,
      clock: () => first.now.value,
      publicUrl: 'http://localhost:3000',
      rateLimitPerMinute: false,
    });
    const [org] = await first.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'kind-en-gezin'));
    nurse = await createPerson(first.database.db, {
      role: 'first_line',
      organizationId: org?.id ?? '',
      name: 'Twee Instanties',
      now: first.now.value,
    });
  });
  afterAll(async () => {
    await second.close();
    await secondDatabase.close();
    await closeTestApp(first);
  });

  it('serves a session made on one instance on the other, and signs it out on both', async () => {
    const onFirst = new Agent(first.app, first.now);
    expect((await onFirst.signIn(nurse)).status).toBe(200);
    const onSecond = new Agent(second, first.now);
    onSecond.cookie = onFirst.cookie;
    onSecond.csrf = onFirst.csrf;
    const mine = await onSecond.request('GET', '/api/v1/referrals/mine');
    expect(mine.status).toBe(200);
    expect((await onSecond.request('POST', '/api/v1/auth/logout')).status).toBe(200);
    expect((await onFirst.request('GET', '/api/v1/referrals/mine')).status).toBe(401);
  });

  it('counts failed sign-ins across both instances', async () => {
    const agents = [new Agent(first.app, first.now), new Agent(second, first.now)];
    for (let i = 0; i < 5; i++) {
      const wrong = await agents[i % 2]?.request<ErrorBody>('POST', '/api/v1/auth/login', {
        email: nurse.email,
        password: `fout-${String(i)}`,
      });
      expect(wrong?.body.error.code).toBe('invalid_credentials');
    }
    for (const agent of agents) {
      const blocked = await agent.request('POST', '/api/v1/auth/login', {
        email: nurse.email,
        password: PASSWORD,
      });
      expect(blocked.status).toBe(429);
    }
  });

  it('sends a sweep’s notice once when both instances run it at the same moment', async () => {
    // A referral sent outside Omringd, its follow-up due: both instances sweep at once.
    first.now.value = new Date(first.now.value.getTime() + 16 * 60_000);
    const agent = new Agent(first.app, first.now);
    expect((await agent.signIn(nurse)).status).toBe(200);
    const draft = await agent.request<{ id: string }>('POST', '/api/v1/referrals', {
      programmeKey: 'veilig-van-in-de-buik-limburg',
      content: referralContent('pregnancy'),
    });
    const sent = await agent.request('POST', `/api/v1/referrals/${draft.body.id}/external`, {
      kind: 'phone',
      value: '011 30 31 40',
    });
    expect(sent.status).toBe(200);
    const later = new Date(first.now.value.getTime() + 8 * 86_400_000);
    const results = await Promise.all([
      sweepExternalFollowUps(systemAt(first.database, later)),
      sweepExternalFollowUps(systemAt(secondDatabase, later)),
    ]);
    expect(results[0] + results[1]).toBe(1);
    const notices = await first.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, nurse.id), eq(notifications.kind, 'external_follow_up')));
    expect(notices).toHaveLength(1);
  });
});
