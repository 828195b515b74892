/**
 * The maximum duration of a programme: Zorggarantie Limburg runs six months from the accepted
 * referral and warns 21 days before. The sweep warns the case coordinator once, then tells the
 * coordinator and the region's network coordinator once the end is reached; on both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { organizations } from '../../src/platform/db/schema.ts';
import { outboxEmails, users } from '../../src/platform/db/identitySchema.ts';
import { notifications } from '../../src/kernel/tables/notificationSchema.ts';
import { sweepDurations } from '../../src/modules/cases/durationSweep.ts';
import { systemAt } from '../support/system.ts';
import { sweepDeadlines } from '../../src/modules/referrals/deadlineSweep.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, type Person } from '../support/people.ts';
import { referralContent } from '../support/referralFixture.ts';

const content = referralContent('young_child', {
  concern: {
    severity: 'Ernstig',
    frequency: 'Wekelijks',
    impactOnChild: 'Onveilig hier en nu',
    strengths: 'Grootmoeder helpt',
    minimallyNeeded: 'Nooit alleen gelaten',
    regularHelpTried: 'Kind en Gezin',
  },
});

describe.each(storageModes)('maximum duration of a case on %s', (mode) => {
  let t: TestApp;
  let ilse: Person;
  let network: Person;
  let coordinator: Agent;
  let referralId = '';
  const start = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Brussels
  // Accepted at 11:00 in Brussels: six months later is 23 May 2027, 11:00 summer time (09:00 UTC).
  const endsAt = new Date('2027-05-23T09:00:00Z');
  const warnFrom = new Date('2027-05-02T09:00:00Z');

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
    const referrer = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: await org('kind-en-gezin'),
      name: 'Kato Verpleeg',
      now: start,
    });
    ilse = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: await org('zorggarantie-limburg'),
      name: 'Ilse Vermeulen',
      now: start,
    });
    network = await createPerson(t.database.db, {
      role: 'network_coordinator',
      organizationId: await org('zorggarantie-limburg'),
      name: 'Nils Netwerk',
      now: start,
      regionProvinces: ['VLI'],
    });
    // The roster names Mira for Monday morning, but her account belongs to another organisation:
    // the referral goes to the duty line, not to someone who cannot open it.
    const elsewhere = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: await org('ocj-limburg'),
      name: 'Mira Claes',
      now: start,
    });
    await t.database.db
      .update(users)
      .set({ email: 'mira.claes@zorggarantie-limburg.example.be' })
      .where(eq(users.id, elsewhere.id));
    const kato = new Agent(t.app, t.now, '10.5.0.1');
    await kato.signIn(referrer);
    const draft = await kato.request<{ id: string }>('POST', '/api/v1/referrals', {
      programmeKey: 'zorggarantie-limburg',
      content,
    });
    const sent = await kato.request<{ status: string; routedTo: string; assignedTo: unknown }>(
      'POST',
      `/api/v1/referrals/${draft.body.id}/send`,
    );
    expect(sent.body).toMatchObject({
      status: 'requested',
      routedTo: 'duty_line',
      assignedTo: null,
    });
    t.now.value = new Date(start.getTime() + 3600_000);
    referralId = draft.body.id;
    coordinator = new Agent(t.app, t.now, '10.5.0.2');
    await coordinator.signIn(ilse);
    const accepted = await coordinator.request<{ status: string }>(
      'POST',
      `/api/v1/referrals/${draft.body.id}/status`,
      { to: 'accepted', feedback: 'Ik plan een zorgtafel.' },
    );
    expect(accepted.body.status).toBe('accepted');
  });
  afterAll(() => closeTestApp(t));

  const noticesOf = (userId: string, kind: string) =>
    t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

  it('starts the 48-hour care-table deadline when the parents agree, and meets it when held', async () => {
    type Deadlines = { deadlines: { id: string; dueAt: string; metAt: string | null }[] };
    const agreedAt = new Date(start.getTime() + 3600_000 + 5 * 60_000); // 11:05 in Brussels
    t.now.value = agreedAt;
    const tooEarly = await coordinator.request(
      'POST',
      `/api/v1/referrals/${referralId}/care-table`,
      {
        moment: 'held',
      },
    );
    expect(tooEarly.status).toBe(409);
    const agreed = await coordinator.request<Deadlines>(
      'POST',
      `/api/v1/referrals/${referralId}/care-table`,
      { moment: 'parents_agreed' },
    );
    expect(agreed.status).toBe(200);
    expect(agreed.body.deadlines.find((d) => d.id === 'care-table')).toEqual({
      id: 'care-table',
      label: { nl: 'Zorgtafel', en: 'Care table' },
      dueAt: new Date(agreedAt.getTime() + 48 * 3600_000).toISOString(),
      metAt: null,
      overdue: false,
    });
    // Three quarters of 48 hours later, whoever holds the referral is reminded.
    const reminded = await sweepDeadlines(
      systemAt(t.database, new Date(agreedAt.getTime() + 37 * 3600_000)),
    );
    expect(reminded.reminders).toBe(1);
    expect(await noticesOf(ilse.id, 'referral_deadline_near')).toHaveLength(1);

    // The care table itself is a meeting in the case file: held there, the deadline is met.
    t.now.value = new Date(agreedAt.getTime() + 10 * 60_000);
    const refused = await coordinator.request<{ error: { reason: string } }>(
      'POST',
      `/api/v1/referrals/${referralId}/care-table`,
      { moment: 'held' },
    );
    expect(refused.body.error.reason).toBe('care_table_in_case');
    const { body: referral } = await coordinator.request<{ caseId: string }>(
      'GET',
      `/api/v1/referrals/${referralId}`,
    );
    const planned = await coordinator.request<{ id: string; version: number }>(
      'POST',
      `/api/v1/cases/${referral.caseId}/care-tables`,
      {
        purpose: 'Samen afspreken wat nodig is.',
        startsAt: t.now.value.toISOString(),
        place: { kind: 'home' },
        participants: [],
      },
    );
    expect(planned.status).toBe(201);
    expect(
      (
        await coordinator.request(
          'POST',
          `/api/v1/cases/${referral.caseId}/care-tables/${planned.body.id}/status`,
          {
            version: planned.body.version,
            to: 'held',
          },
        )
      ).status,
    ).toBe(200);
    const held = await coordinator.request<Deadlines>('GET', `/api/v1/referrals/${referralId}`);
    expect(held.body.deadlines.find((d) => d.id === 'care-table')?.metAt).toBe(
      t.now.value.toISOString(),
    );
    expect(
      (await sweepDeadlines(systemAt(t.database, new Date(start.getTime() + 60 * 3600_000))))
        .escalations,
    ).toBe(0);
  });

  it('warns the case coordinator 21 calendar days before the end, once', async () => {
    expect(
      await sweepDurations(systemAt(t.database, new Date(warnFrom.getTime() - 60_000))),
    ).toEqual({
      warnings: 0,
      reached: 0,
    });
    expect(await sweepDurations(systemAt(t.database, warnFrom))).toEqual({
      warnings: 1,
      reached: 0,
    });
    expect(
      await sweepDurations(systemAt(t.database, new Date(warnFrom.getTime() + 86_400_000))),
    ).toEqual({
      warnings: 0,
      reached: 0,
    });
    expect(await noticesOf(ilse.id, 'case_duration_warning')).toHaveLength(1);
    expect(await noticesOf(network.id, 'case_duration_warning')).toHaveLength(0);
  });

  it('tells the coordinator and the network coordinator when the end is reached, once', async () => {
    expect(await sweepDurations(systemAt(t.database, new Date(endsAt.getTime() - 60_000)))).toEqual(
      {
        warnings: 0,
        reached: 0,
      },
    );
    expect(await sweepDurations(systemAt(t.database, endsAt))).toEqual({ warnings: 0, reached: 1 });
    expect(
      await sweepDurations(systemAt(t.database, new Date(endsAt.getTime() + 3600_000))),
    ).toEqual({
      warnings: 0,
      reached: 0,
    });
    expect(await noticesOf(ilse.id, 'case_duration_reached')).toHaveLength(1);
    expect(await noticesOf(network.id, 'case_duration_reached')).toHaveLength(1);
    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, ilse.email));
    expect(mails.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        'Omringd: de begeleiding bereikt bijna haar maximale duur',
        'Omringd: de maximale duur van een begeleiding is bereikt',
      ]),
    );
  });
});
