/**
 * Network coordinators edit programmes as versions: the roster they change routes the next
 * referral; invalid data is refused field by field; another region's coordinator may not edit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations } from '../../src/platform/db/schema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, type Person } from '../support/people.ts';

type Programme = {
  key: string;
  version: number;
  roster: {
    slots: {
      weekday: string;
      from: string;
      to: string;
      coordinatorEmail: string;
      coordinatorName: string;
    }[];
  };
};
type ErrorBody = {
  error: { code: string; reason?: string; fields?: { field: string; message: string }[] };
};

describe.each(storageModes)('editing programmes on %s', (mode) => {
  let t: TestApp;
  let limburg: Person;
  let antwerpen: Person;
  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    const [ocj] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'ocj-limburg'));
    if (ocj === undefined) throw new Error('ocj-limburg');
    limburg = await createPerson(t.database.db, {
      role: 'network_coordinator',
      organizationId: ocj.id,
      name: 'Lien Limburg',
      now: t.now.value,
      regionProvinces: ['VLI'],
    });
    antwerpen = await createPerson(t.database.db, {
      role: 'network_coordinator',
      organizationId: ocj.id,
      name: 'Arne Antwerpen',
      now: t.now.value,
      regionProvinces: ['VAN'],
    });
  });
  afterAll(() => closeTestApp(t));

  it('saves a new version with a changed roster, and refuses invalid slots field by field', async () => {
    const lien = new Agent(t.app, t.now, '10.6.0.1');
    await lien.signIn(limburg);
    const current = await lien.request<Programme>('GET', '/api/v1/programmes/zorggarantie-limburg');
    expect(current.body.version).toBe(1);
    const monday = {
      weekday: 'MO',
      from: '09:00',
      to: '12:00',
      coordinatorEmail: 'nieuw@example.be',
      coordinatorName: 'Noor Nieuw',
    };
    const invalid = await lien.request<ErrorBody>(
      'PUT',
      '/api/v1/programmes/zorggarantie-limburg',
      {
        ...current.body,
        roster: { ...current.body.roster, slots: [{ ...monday, from: '13:00' }] },
      },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields?.[0]?.field).toBe('roster.slots.0.to');
    // A slot must name someone who can take up the referral: an intake account at the programme's
    // organisation. Until Noor has one, referrals on Monday morning would reach no one.
    const nobody = await lien.request<ErrorBody>('PUT', '/api/v1/programmes/zorggarantie-limburg', {
      ...current.body,
      roster: { ...current.body.roster, slots: [monday] },
    });
    expect(nobody.status).toBe(400);
    expect(nobody.body.error.reason).toBe('cannot_receive');
    expect(nobody.body.error.fields?.map((f) => f.field)).toEqual([
      'roster.slots.0.coordinatorEmail',
    ]);
    const [zorggarantie] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'zorggarantie-limburg'));
    const noor = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: zorggarantie?.id ?? '',
      name: 'Noor Nieuw',
      now: t.now.value,
    });
    monday.coordinatorEmail = noor.email;
    const saved = await lien.request<Programme>('PUT', '/api/v1/programmes/zorggarantie-limburg', {
      ...current.body,
      roster: { ...current.body.roster, slots: [monday] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    const after = await lien.request<Programme>('GET', '/api/v1/programmes/zorggarantie-limburg');
    expect(after.body.roster.slots).toEqual([monday]);
  });

  it('keeps a coordinator of another region out', async () => {
    t.now.value = new Date(t.now.value.getTime() + 31_000);
    const arne = new Agent(t.app, t.now, '10.6.0.2');
    await arne.signIn(antwerpen);
    const current = await arne.request<Programme>('GET', '/api/v1/programmes/zorggarantie-limburg');
    const refused = await arne.request<ErrorBody>(
      'PUT',
      '/api/v1/programmes/zorggarantie-limburg',
      current.body,
    );
    expect(refused.status).toBe(403);
  });
});
