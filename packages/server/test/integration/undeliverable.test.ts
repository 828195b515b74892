/**
 * A referral never reaches no one. OCJ Limburg has no one on intake here: before sending, the
 * referrer is told so and shown the service's own route; sending in Omringd is refused; the route
 * used is recorded as an external referral with a reminder to follow it up; the network
 * coordinator sees where referrals do not arrive, without family data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { organizations, services } from '../../src/platform/db/schema.ts';
import { users } from '../../src/platform/db/identitySchema.ts';
import { notifications } from '../../src/kernel/tables/notificationSchema.ts';
import { sweepExternalFollowUps } from '../../src/modules/referrals/index.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, type Person } from '../support/people.ts';
import { referralContent } from '../support/referralFixture.ts';
import { systemAt } from '../support/system.ts';

type Reach = { receivable: boolean; routes: { kind: string; value: string }[] };
type Referral = {
  id: string;
  status: string;
  routedTo: string | null;
  followUpAt: string | null;
  externalRoute: { kind: string; value: string } | null;
  reach: Reach | null;
  messages: { text: string }[];
};
type ErrorBody = { error: { code: string; reason?: string } };

describe.each(storageModes)('referrals that no one in Omringd can receive, on %s', (mode) => {
  let t: TestApp;
  let nurse: Person;
  let network: Person;
  let ocjId = '';
  const later = (ms: number) => {
    t.now.value = new Date(t.now.value.getTime() + ms);
  };
  const agentFor = async (person: Person) => {
    later(31_000);
    const agent = new Agent(t.app, t.now);
    expect((await agent.signIn(person)).status).toBe(200);
    return agent;
  };
  const orgId = async (key: string) => {
    const [o] = await t.database.db.select().from(organizations).where(eq(organizations.key, key));
    return o?.id ?? '';
  };
  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    ocjId = await orgId('ocj-limburg');
    nurse = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: await orgId('kind-en-gezin'),
      name: 'Nora Nergens',
      now: t.now.value,
    });
    network = await createPerson(t.database.db, {
      role: 'network_coordinator',
      organizationId: await orgId('zorggarantie-limburg'),
      name: 'Nele Netwerk',
      now: t.now.value,
      regionProvinces: ['VLI'],
    });
  });
  afterAll(() => closeTestApp(t));

  const draft = async (agent: Agent) => {
    const created = await agent.request<Referral>('POST', '/api/v1/referrals', {
      programmeKey: 'veilig-van-in-de-buik-limburg',
      content: referralContent('pregnancy', { parent: 'Sanne Onbereikt' }),
    });
    expect(created.status).toBe(201);
    return created.body;
  };

  it('says so before sending, refuses to drop it, and keeps the route used with a reminder', async () => {
    const agent = await agentFor(nurse);
    const started = await draft(agent);
    expect(started.reach?.receivable).toBe(false);
    expect(started.reach?.routes).toContainEqual(
      expect.objectContaining({ kind: 'phone', value: '011 30 31 40' }),
    );

    const refused = await agent.request<ErrorBody>('POST', `/api/v1/referrals/${started.id}/send`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.reason).toBe('no_receiver');
    const still = await agent.request<Referral>('GET', `/api/v1/referrals/${started.id}`);
    expect(still.body.status).toBe('draft');

    const external = await agent.request<Referral>(
      'POST',
      `/api/v1/referrals/${started.id}/external`,
      { kind: 'phone', value: '011 30 31 40', note: 'Gebeld met de permanentie; ze bellen terug.' },
    );
    expect(external.status).toBe(200);
    expect(external.body).toMatchObject({
      status: 'requested',
      routedTo: 'external',
      externalRoute: { kind: 'phone', value: '011 30 31 40' },
      reach: null,
    });
    expect(external.body.messages.map((m) => m.text)).toEqual([
      'Gebeld met de permanentie; ze bellen terug.',
    ]);
    // Seven calendar days in Brussels.
    expect(external.body.followUpAt).toBe(
      new Date(t.now.value.getTime() + 7 * 86_400_000).toISOString(),
    );
    const sentAt = t.now.value.getTime();

    const reminders = async () =>
      t.database.db
        .select()
        .from(notifications)
        .where(
          and(eq(notifications.userId, nurse.id), eq(notifications.kind, 'external_follow_up')),
        );
    const at = (days: number) => systemAt(t.database, new Date(sentAt + days * 86_400_000));
    expect(await sweepExternalFollowUps(at(6))).toBe(0);
    expect(await sweepExternalFollowUps(at(7.1))).toBe(1);
    expect(await sweepExternalFollowUps(at(8))).toBe(0);
    expect(await reminders()).toHaveLength(1);
  });

  it('shows the empty form with its reach and stores nothing until the first change', async () => {
    const agent = await agentFor(nurse);
    const before = await agent.request<unknown[]>('GET', '/api/v1/referrals/mine');
    const start = await agent.request<{ reach: Reach; receivingOrganizationName: string }>(
      'GET',
      '/api/v1/referrals/new?programmeKey=veilig-van-in-de-buik-limburg',
    );
    expect(start.status).toBe(200);
    expect(start.body.reach.receivable).toBe(false);
    expect(start.body.receivingOrganizationName).toBe(
      'Ondersteuningscentrum Jeugdzorg Limburg (OCJ)',
    );
    const after = await agent.request<unknown[]>('GET', '/api/v1/referrals/mine');
    expect(after.body).toHaveLength(before.body.length);
    const both = await agent.request('GET', '/api/v1/referrals/new');
    expect(both.status).toBe(400);
  });

  it('shows a warm referral to a service without accounts its own route (aanmelding via MaPa)', async () => {
    const [pondo] = await t.database.db.select().from(services).where(eq(services.name, 'Pondo'));
    const agent = await agentFor(nurse);
    const created = await agent.request<Referral>('POST', '/api/v1/referrals', {
      serviceId: pondo?.id,
      content: referralContent('pregnancy'),
    });
    expect(created.body.reach?.receivable).toBe(false);
    expect(created.body.reach?.routes).toContainEqual(
      expect.objectContaining({
        kind: 'other',
        value: 'Aanmelding via MaPa (MSOC Vlaams-Brabant).',
      }),
    );
  });

  it('reaches reception with a warm referral once the service has someone there', async () => {
    const [pondo] = await t.database.db.select().from(services).where(eq(services.name, 'Pondo'));
    const reception = await createPerson(t.database.db, {
      role: 'reception',
      organizationId: pondo?.organizationId ?? '',
      name: 'Rosa Receptie',
      now: t.now.value,
    });
    const agent = await agentFor(nurse);
    const created = await agent.request<Referral>('POST', '/api/v1/referrals', {
      serviceId: pondo?.id,
      content: referralContent('pregnancy'),
    });
    expect(created.body.reach?.receivable).toBe(true);
    expect((await agent.request('POST', `/api/v1/referrals/${created.body.id}/send`)).status).toBe(
      200,
    );
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, reception.id), eq(notifications.kind, 'referral_received')),
      );
    expect(told).toHaveLength(1);
  });

  it('lets the network coordinator see where referrals do not arrive, without family data', async () => {
    // Someone joins OCJ's intake, receives one, and leaves: that one waits for no one.
    const intake = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: ocjId,
      name: 'Otto Intake',
      now: t.now.value,
    });
    const agent = await agentFor(nurse);
    const second = await draft(agent);
    expect(second.reach?.receivable).toBe(true);
    const viaRoute = await agent.request<ErrorBody>(
      'POST',
      `/api/v1/referrals/${second.id}/external`,
      { kind: 'phone', value: '011 30 31 40' },
    );
    expect(viaRoute.body.error.reason).toBe('can_receive');
    expect((await agent.request('POST', `/api/v1/referrals/${second.id}/send`)).status).toBe(200);
    await t.database.db.update(users).set({ status: 'deactivated' }).where(eq(users.id, intake.id));

    const coordinator = await agentFor(network);
    const answer = await coordinator.request<
      { organizationName: string; external: number; waitingWithoutReceiver: number }[]
    >('GET', '/api/v1/referrals/undeliverable');
    expect(answer.status).toBe(200);
    expect(answer.body).toContainEqual(
      expect.objectContaining({
        organizationName: 'Ondersteuningscentrum Jeugdzorg Limburg (OCJ)',
        external: 1,
        waitingWithoutReceiver: 1,
      }),
    );
    expect(JSON.stringify(answer.body)).not.toContain('Sanne');
    const refused = await (await agentFor(nurse)).request('GET', '/api/v1/referrals/undeliverable');
    expect(refused.status).toBe(403);
  });
});
