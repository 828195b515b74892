/**
 * A parent who reads text messages, not e-mail: Mira invites her by her mobile number; the
 * invitation, her sign-in codes and her notices go by text message through the outbox; she signs
 * in with the number as she writes it; the gateway receives each message once — on both storage
 * modes.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, like } from 'drizzle-orm';
import { outboxEmails } from '../../src/platform/db/identitySchema.ts';
import { deliverOutbox, deliverTexts } from '../../src/platform/mail/outbox.ts';
import { smsTransport } from '../../src/platform/mail/smsTransport.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';
import { Agent } from '../support/people.ts';
import { acceptInvitation, PARENT_PASSWORD } from '../support/portalParent.ts';

type ErrorBody = { error: { code: string; reason?: string; field?: string } };
const NUMBER = '+32470123456';

async function bodyOf(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

describe.each(storageModes)('invitations by text message on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let mira: Agent;
  let parent: Agent;

  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-12-07T09:00:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.63.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    mira = await file.signedIn(file.mira);
  });
  afterAll(async () => {
    await closeTestApp(t);
  });

  const texts = (key: string) =>
    t.database.db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.toAddress, NUMBER), like(outboxEmails.idempotencyKey, key)))
      .orderBy(desc(outboxEmails.createdAt));

  it('refuses a number that is not one, and both an address and a number', async () => {
    const url = `/api/v1/cases/${file.caseId}/parents`;
    const bad = await mira.request<ErrorBody>('POST', url, { memberId: 'p1', mobile: '04 12' });
    expect(bad.status).toBe(400);
    const both = await mira.request<ErrorBody>('POST', url, {
      memberId: 'p1',
      mobile: '0470 12 34 56',
      email: 'sanne@example.be',
    });
    expect(both.status).toBe(400);
    const neither = await mira.request<ErrorBody>('POST', url, { memberId: 'p1' });
    expect(neither.status).toBe(400);
  });

  it('sends the invitation by text message to the number as it was written', async () => {
    const invited = await mira.request<{ email: string | null; mobile: string | null }>(
      'POST',
      `/api/v1/cases/${file.caseId}/parents`,
      { memberId: 'p1', mobile: '0470 12 34 56' },
    );
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    expect(invited.body).toMatchObject({ email: null, mobile: NUMBER });
    const [sms] = await texts('invitation:%');
    expect(sms).toMatchObject({ channel: 'sms', subject: '', attachments: [] });
    expect(sms?.bodyText).toMatch(/^Dag Sanne, Mira Claes nodigt je uit in Omringd/);
    expect(sms?.bodyText).toMatch(/\/uitnodiging\/[A-Za-z0-9_-]{20,} \(tot \d+ december\)\.$/);

    parent = await acceptInvitation(t, NUMBER, '10.63.1.1');
    const families = await parent.request<{ families: unknown[] }>(
      'GET',
      '/api/v1/portal/families',
    );
    expect(families.status).toBe(200);
    expect(families.body.families).toHaveLength(1);
    // The used link leaves the outbox.
    const [spent] = await texts('invitation:%');
    expect(spent?.bodyText).toMatch(/\[link verwijderd\]/);
  });

  it('lets her sign in with the number as she writes it, with a code by text message', async () => {
    const agent = new Agent(t.app, t.now, '10.63.1.2');
    const login = await agent.request('POST', '/api/v1/auth/login', {
      email: '0470/12.34.56',
      password: PARENT_PASSWORD,
    });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const [sms] = await texts('sign-in-code:%');
    expect(sms?.channel).toBe('sms');
    const code = /^(\d{6}) is je code voor Omringd/.exec(sms?.bodyText ?? '')?.[1];
    expect(code).toBeDefined();
    const wrong = await agent.request('POST', '/api/v1/auth/second-factor', { code: '000000' });
    expect(wrong.status).not.toBe(200);
    const signedIn = await agent.request('POST', '/api/v1/auth/second-factor', { code });
    expect(signedIn.status, JSON.stringify(signedIn.body)).toBe(200);
    const session = await agent.request<{ user: { email: string } }>('GET', '/api/v1/auth/session');
    expect(session.body.user.email).toBe(NUMBER);
    // An e-mail address that nobody has is still refused like any wrong sign-in.
    const unknown = await new Agent(t.app, t.now, '10.63.1.3').request(
      'POST',
      '/api/v1/auth/login',
      {
        email: '0470 99 99 99',
        password: PARENT_PASSWORD,
      },
    );
    expect(unknown.status).toBe(401);
  });

  it('tells her of news by text message, never by e-mail', async () => {
    const sent = await mira.request('POST', `/api/v1/cases/${file.caseId}/family-messages`, {
      text: 'Dinsdag om 10 uur is goed.',
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const news = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, NUMBER));
    const notice = news.find((m) => m.bodyText.startsWith('Omringd: Jullie contactpersoon'));
    expect(notice?.channel).toBe('sms');
    expect(notice?.bodyText).not.toMatch(/Dinsdag/);
  });

  it('hands the text messages to the gateway once each, and none to the mail server', async () => {
    const received: { auth: string | undefined; body: { to: string; text: string } }[] = [];
    const gateway = createServer((request, response) => {
      void bodyOf(request).then((body) => {
        received.push({
          auth: request.headers.authorization,
          body: JSON.parse(body) as { to: string; text: string },
        });
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${String((gateway.address() as AddressInfo).port)}/sms`;
      const mailed: string[] = [];
      await deliverOutbox(
        t.database.db,
        { send: (m) => Promise.resolve(void mailed.push(m.to)) },
        t.now.value,
      );
      expect(mailed).not.toContain(NUMBER);
      const first = await deliverTexts(
        t.database.db,
        smsTransport(url, 'gateway-token'),
        t.now.value,
      );
      expect(first.failed).toBe(0);
      expect(first.sent).toBeGreaterThanOrEqual(3);
      expect(received.every((r) => r.auth === 'Bearer gateway-token' && r.body.to === NUMBER)).toBe(
        true,
      );
      // The code's message is kept without the code once sent.
      const [code] = await texts('sign-in-code:%');
      expect(code?.bodyText).toMatch(/^\[code verwijderd\]/);
      const again = await deliverTexts(
        t.database.db,
        smsTransport(url, 'gateway-token'),
        t.now.value,
      );
      expect(again.sent).toBe(0);
    } finally {
      gateway.close();
    }
  });

  it('keeps a refused message for another try, with the reason', async () => {
    const refusing = createServer((_request, response) => {
      response.writeHead(503).end('busy');
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${String((refusing.address() as AddressInfo).port)}/sms`;
      await mira.request('POST', `/api/v1/cases/${file.caseId}/family-messages`, {
        text: 'Nog een bericht.',
      });
      const tried = await deliverTexts(t.database.db, smsTransport(url, undefined), t.now.value);
      expect(tried).toEqual({ sent: 0, failed: 1 });
      const waiting = await t.database.db
        .select()
        .from(outboxEmails)
        .where(and(eq(outboxEmails.toAddress, NUMBER), eq(outboxEmails.attempts, 1)));
      expect(waiting.find((m) => m.sentAt === null)?.lastError).toMatch(/answered 503: busy/);
    } finally {
      refusing.close();
    }
  });

  it('writes to a parent in the language chosen for him: invitation, code and news', async () => {
    const url = `/api/v1/cases/${file.caseId}`;
    const family = await mira.request<{ version: number; family: { members: unknown[] } }>(
      'GET',
      `${url}/family`,
    );
    const withTom = await mira.request('PUT', `${url}/family`, {
      version: family.body.version,
      family: {
        ...family.body.family,
        members: [
          ...family.body.family.members,
          { kind: 'adult', id: 'p2', name: 'Tom', role: 'father' },
        ],
      },
    });
    expect(withTom.status, JSON.stringify(withTom.body)).toBe(200);
    const unknownLanguage = await mira.request<ErrorBody>('POST', `${url}/parents`, {
      memberId: 'p2',
      mobile: '0470 65 43 21',
      locale: 'xx',
    });
    expect(unknownLanguage.status).toBe(400);
    expect(JSON.stringify(unknownLanguage.body)).toMatch(/locale/);
    const invited = await mira.request('POST', `${url}/parents`, {
      memberId: 'p2',
      mobile: '0470 65 43 21',
      locale: 'ar',
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const toTom = (key: string) =>
      t.database.db
        .select()
        .from(outboxEmails)
        .where(
          and(eq(outboxEmails.toAddress, '+32470654321'), like(outboxEmails.idempotencyKey, key)),
        )
        .orderBy(desc(outboxEmails.createdAt));
    const [invitation] = await toTom('invitation:%');
    expect(invitation?.bodyText).toMatch(/^مرحبًا Tom، Mira Claes يدعوك إلى Omringd/);
    const tom = await acceptInvitation(t, '+32470654321', '10.63.2.1');
    // The portal opens in his language, chosen once and kept.
    const session = await tom.request<{ user: { locale: string } }>('GET', '/api/v1/auth/session');
    expect(session.body.user.locale).toBe('ar');
    const again = new Agent(t.app, t.now, '10.63.2.2');
    await again.request('POST', '/api/v1/auth/login', {
      email: '0470 65 43 21',
      password: PARENT_PASSWORD,
    });
    const [code] = await toTom('sign-in-code:%');
    expect(code?.bodyText).toMatch(/^\d{6} هو رمزك لـ Omringd/);
    await mira.request('POST', `${url}/family-messages`, { text: 'Tot dinsdag.' });
    const news = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, '+32470654321'));
    expect(news.map((m) => m.bodyText)).toContainEqual(
      expect.stringMatching(/^Omringd: كتب لكم الشخص المسؤول عن التواصل معكم رسالة/),
    );
  });
});
