/**
 * A GP without an account phones a referral in: the coordinator registers it with the GP's name,
 * practice, phone and e-mail; the GP gets the reference and each step by e-mail, without family
 * data; the intake sees who referred.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { referralReference } from '@omringd/core';
import { organizations } from '../../src/platform/db/schema.ts';
import { outboxEmails } from '../../src/platform/db/identitySchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, type Person } from '../support/people.ts';
import { referralContent } from '../support/referralFixture.ts';

type Referral = {
  id: string;
  status: string;
  externalReferrer: { name: string; email: string } | null;
  registeredBy: { displayName: string } | null;
};
type ErrorBody = { error: { code: string; fields?: { field: string }[] } };

const gp = {
  name: 'Dokter Hilde Huisarts',
  organization: 'Huisartsenpraktijk De Linde',
  phone: '011 22 33 44',
  email: 'hilde@praktijk-delinde.example.be',
};

describe.each(storageModes)('a referral phoned in by someone without an account, on %s', (mode) => {
  let t: TestApp;
  let coordinator: Person;
  beforeAll(async () => {
    // Monday morning: Mira Claes's slot, but this coordinator registers and takes it up.
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    const [org] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'zorggarantie-limburg'));
    coordinator = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: org?.id ?? '',
      name: 'Cora Telefoon',
      now: t.now.value,
    });
  });
  afterAll(() => closeTestApp(t));

  it('names the referrer, and mails them the reference and each step without family data', async () => {
    const agent = new Agent(t.app, t.now);
    expect((await agent.signIn(coordinator)).status).toBe(200);
    const bad = await agent.request<ErrorBody>('POST', '/api/v1/referrals', {
      programmeKey: 'zorggarantie-limburg',
      externalReferrer: { ...gp, phone: 'bel me', email: 'geen-adres' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => f.field).sort()).toEqual([
      'externalReferrer.email',
      'externalReferrer.phone',
    ]);

    const created = await agent.request<Referral>('POST', '/api/v1/referrals', {
      programmeKey: 'zorggarantie-limburg',
      externalReferrer: gp,
      content: referralContent('young_child', { parent: 'Noor Geheim' }),
    });
    expect(created.status).toBe(201);
    expect(created.body.externalReferrer).toMatchObject({ name: gp.name, email: gp.email });
    expect(created.body.registeredBy?.displayName).toBe('Cora Telefoon');
    const id = created.body.id;
    expect((await agent.request('POST', `/api/v1/referrals/${id}/send`)).status).toBe(200);
    const accepted = await agent.request<Referral>('POST', `/api/v1/referrals/${id}/status`, {
      to: 'accepted',
    });
    expect(accepted.status).toBe(200);

    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, gp.email));
    expect(mails.map((m) => m.subject).sort()).toEqual([
      `Omringd: aanmelding ${referralReference(id)} — Aanvaard`,
      `Omringd: aanmelding ${referralReference(id)} — Verstuurd, wacht op antwoord`,
    ]);
    for (const mail of mails) {
      expect(mail.bodyText).toContain(referralReference(id));
      expect(mail.bodyText).not.toContain('Noor');
      expect(mail.bodyText).not.toContain('Geweld');
    }
    expect(mails.find((m) => m.subject.endsWith('Aanvaard'))?.bodyText).toContain('Cora Telefoon');
  });

  it('is registered only by the receiving side', async () => {
    const [other] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'kind-en-gezin'));
    const nurse = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: other?.id ?? '',
      name: 'Nina Buiten',
      now: t.now.value,
    });
    const agent = new Agent(t.app, t.now);
    expect((await agent.signIn(nurse)).status).toBe(200);
    const refused = await agent.request<ErrorBody>('POST', '/api/v1/referrals', {
      programmeKey: 'zorggarantie-limburg',
      externalReferrer: gp,
    });
    expect(refused.status).toBe(403);
  });
});
