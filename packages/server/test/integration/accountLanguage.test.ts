/**
 * The language chosen once and kept on the account: a parent chooses Arabic, and every later
 * session says Arabic (the next phone opens in it); a language not offered is refused with what
 * to do; e-mails stay in Dutch, which the invitation was in — on both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, like } from 'drizzle-orm';
import { outboxEmails } from '../../src/platform/db/identitySchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase } from '../support/acceptedCase.ts';
import { Agent } from '../support/people.ts';
import { PARENT_PASSWORD, portalParent } from '../support/portalParent.ts';

type SessionBody = { state: string; user?: { locale: string } };
const EMAIL = 'sanne.taal@example.be';

describe.each(storageModes)('the language kept on the account on %s', (mode) => {
  let t: TestApp;
  let parent: Agent;

  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-12-07T09:00:00Z'), { rateLimitPerMinute: false });
    const file = await acceptedCase(t, '10.64.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    parent = await portalParent(t, await file.signedIn(file.mira), {
      caseId: file.caseId,
      memberId: 'p1',
      email: EMAIL,
      ip: '10.64.1.1',
    });
  });
  afterAll(async () => {
    await closeTestApp(t);
  });

  it('keeps the chosen language for the next session, on another device', async () => {
    const before = await parent.request<SessionBody>('GET', '/api/v1/auth/session');
    expect(before.body.user?.locale).toBe('nl');
    const refused = await parent.request<{ error: { code: string; field?: string } }>(
      'PUT',
      '/api/v1/auth/language',
      { language: 'de' },
    );
    expect(refused.status).toBe(400);
    const chosen = await parent.request('PUT', '/api/v1/auth/language', { language: 'ar' });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toEqual({ language: 'ar' });

    // Another phone: password, then the code sent by e-mail, now in the language she chose.
    const phone = new Agent(t.app, t.now, '10.64.1.2');
    const login = await phone.request('POST', '/api/v1/auth/login', {
      email: EMAIL,
      password: PARENT_PASSWORD,
    });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const [mail] = await t.database.db
      .select()
      .from(outboxEmails)
      .where(
        and(eq(outboxEmails.toAddress, EMAIL), like(outboxEmails.idempotencyKey, 'sign-in-code:%')),
      )
      .orderBy(desc(outboxEmails.createdAt))
      .limit(1);
    expect(mail?.subject).toBe('رمزك لـ Omringd');
    const code = /^(\d{6})$/m.exec(mail?.bodyText ?? '')?.[1] ?? '';
    const signedIn = await phone.request('POST', '/api/v1/auth/second-factor', { code });
    expect(signedIn.status, JSON.stringify(signedIn.body)).toBe(200);
    const after = await phone.request<SessionBody>('GET', '/api/v1/auth/session');
    expect(after.body).toMatchObject({ state: 'signed_in', user: { locale: 'ar' } });
  });
});
