/**
 * Reminders and escalations: the deadline sweep reminds the coordinator on duty before a deadline
 * and escalates to the intake team and the region's network coordinator after it, each once; the
 * job runs on pg-boss in both storage modes, and running it again sends nothing twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { organizations } from '../../src/platform/db/schema.ts';
import { outboxEmails, users } from '../../src/platform/db/identitySchema.ts';
import { notifications } from '../../src/kernel/tables/notificationSchema.ts';
import { sweepDeadlines } from '../../src/modules/referrals/deadlineSweep.ts';
import { systemAt } from '../support/system.ts';
import { DEADLINE_SWEEP, startJobQueue } from '../../src/jobs.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, type Person } from '../support/people.ts';
import { runJob } from '../support/jobs.ts';
import { referralContent } from '../support/referralFixture.ts';

const content = referralContent('pregnancy', {
  parent: 'Lotte',
  dueDate: '2027-04-01',
  behaviour: 'Zorgwekkende zwangerschap: geen prenatale opvolging.',
});

describe.each(storageModes)('deadline reminders and escalations on %s', (mode) => {
  let t: TestApp;
  let referrer: Person;
  let mira: Person;
  let network: Person;
  let referralId = '';
  const start = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Brussels

  beforeAll(async () => {
    t = await createTestApp(mode, start, { rateLimitPerMinute: false });
    const org = async (key: string) => {
      const [o] = await t.database.db
        .select()
        .from(organizations)
        .where(eq(organizations.key, key));
      if (o === undefined) throw new Error(key);
      return o.id;
    };
    referrer = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: await org('kind-en-gezin'),
      name: 'Kato Verpleeg',
      now: start,
    });
    mira = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: await org('ocj-limburg'),
      name: 'Mira Claes',
      now: start,
    });
    network = await createPerson(t.database.db, {
      role: 'network_coordinator',
      organizationId: await org('ocj-limburg'),
      name: 'Nils Netwerk',
      now: start,
      regionProvinces: ['VLI'],
    });
    await t.database.db
      .update(users)
      .set({ email: 'mira.claes@zorggarantie-limburg.example.be' })
      .where(eq(users.id, mira.id));
    const kato = new Agent(t.app, t.now, '10.4.0.1');
    await kato.signIn(referrer);
    const draft = await kato.request<{ id: string }>('POST', '/api/v1/referrals', {
      programmeKey: 'veilig-van-in-de-buik-limburg',
      content,
    });
    referralId = draft.body.id;
    const sent = await kato.request<{ status: string }>(
      'POST',
      `/api/v1/referrals/${referralId}/send`,
    );
    expect(sent.body.status).toBe('requested');
  });
  afterAll(() => closeTestApp(t));

  const noticesOf = (userId: string, kind: string) =>
    t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

  it('reminds the coordinator on duty at three quarters of the 24 hours, once', async () => {
    expect(
      await sweepDeadlines(systemAt(t.database, new Date(start.getTime() + 17 * 3600_000))),
    ).toEqual({
      reminders: 0,
      escalations: 0,
    });
    expect(
      await sweepDeadlines(systemAt(t.database, new Date(start.getTime() + 19 * 3600_000))),
    ).toEqual({
      reminders: 1,
      escalations: 0,
    });
    expect(
      await sweepDeadlines(systemAt(t.database, new Date(start.getTime() + 20 * 3600_000))),
    ).toEqual({
      reminders: 0,
      escalations: 0,
    });
    expect(await noticesOf(mira.id, 'referral_deadline_near')).toHaveLength(1);
  });

  it('escalates an overdue referral to the intake team and the network coordinator, once, through the job queue', async () => {
    const overdue = new Date(start.getTime() + 25 * 3600_000);
    const queue = await startJobQueue(t.database, () => overdue, {
      schedule: false,
      pollingIntervalSeconds: 0.5,
    });
    try {
      // The same job twice, as a retry would run it: the side effects happen once.
      await runJob(queue, DEADLINE_SWEEP);
      await runJob(queue, DEADLINE_SWEEP);
    } finally {
      await queue.stop();
    }
    expect(await noticesOf(mira.id, 'referral_overdue')).toHaveLength(1);
    expect(await noticesOf(network.id, 'referral_overdue')).toHaveLength(1);
    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(like(outboxEmails.idempotencyKey, `overdue:${referralId}:%`));
    expect(mails).toHaveLength(2);
  });
});
