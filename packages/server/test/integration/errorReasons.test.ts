/**
 * Refusals say their real cause: a precise reason beside the code, which the pages translate
 * (see the unit test on the locale files). A short password is "too short", not "too easy to
 * guess"; deactivating yourself is not "it happened already".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations } from '../../src/platform/db/schema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, PASSWORD } from '../support/people.ts';

type ErrorBody = { error: { code: string; reason?: string; fields?: { field: string }[] } };

describe.each(storageModes)('refusals with their reason on %s', (mode) => {
  let t: TestApp;
  let orgId = '';
  beforeAll(async () => {
    t = await createTestApp(mode, undefined, { rateLimitPerMinute: false });
    const [gent] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Huizen van het Kind Gent'));
    orgId = gent?.id ?? '';
  });
  afterAll(() => closeTestApp(t));

  it('tells a short, a personal and a guessable password apart', async () => {
    const person = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: orgId,
      name: 'Pia Paswoord',
      now: t.now.value,
    });
    const pia = new Agent(t.app, t.now);
    expect((await pia.signIn(person)).status).toBe(200);
    const attempt = (newPassword: string) =>
      pia.request<ErrorBody>('POST', '/api/v1/auth/password', {
        currentPassword: PASSWORD,
        newPassword,
      });
    const cases: [string, string][] = [
      ['', 'password_too_short'],
      ['kort', 'password_too_short'],
      ['pia-paswoord-2026', 'password_personal'],
      ['Wachtwoord123!', 'password_guessable'],
    ];
    for (const [password, reason] of cases) {
      const answer = await attempt(password);
      expect(answer.status, password).toBe(400);
      expect(answer.body.error, password).toMatchObject({ code: 'weak_password', reason });
      expect(answer.body.error.fields?.[0]?.field).toBe('newPassword');
    }
    const wrong = await pia.request<ErrorBody>('POST', '/api/v1/auth/password', {
      currentPassword: 'niet-mijn-wachtwoord',
      newPassword: 'Zeepbel-Trompet-Hazelnoot-77',
    });
    expect(wrong.body.error.reason).toBe('wrong_current_password');
  });

  it('says that administrators cannot deactivate themselves', async () => {
    const admin = await createPerson(t.database.db, {
      role: 'administrator',
      organizationId: orgId,
      name: 'Ada Beheer',
      now: t.now.value,
    });
    t.now.value = new Date(t.now.value.getTime() + 31_000);
    const ada = new Agent(t.app, t.now);
    expect((await ada.signIn(admin)).status).toBe(200);
    const self = await ada.request<ErrorBody>('POST', `/api/v1/admin/users/${admin.id}/deactivate`);
    expect(self.status).toBe(409);
    expect(self.body.error.reason).toBe('own_account');
  });
});
