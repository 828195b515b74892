import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { totpCode } from '../../src/modules/auth/totp.ts';
import { outboxEmails, sessions } from '../../src/platform/db/identitySchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import {
  Agent,
  createPerson,
  membershipOf,
  PASSWORD,
  twoOrganizations,
  type Person,
} from '../support/people.ts';

type ErrorBody = { error: { code: string; message: string } };

describe.each(storageModes)('sign-in, second factor and sessions on %s', (mode) => {
  let t: TestApp;
  let nurse: Person;
  let admin: Person;
  let secondAdmin: Person;
  let orgA: string;
  beforeAll(async () => {
    // Many sign-ins within one real minute: the per-address limiter has its own test below.
    t = await createTestApp(mode, undefined, { rateLimitPerMinute: false });
    [orgA] = await twoOrganizations(t.database.db);
    nurse = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: orgA,
      name: 'Nora Verpleeg',
      now: t.now.value,
    });
    admin = await createPerson(t.database.db, {
      role: 'administrator',
      organizationId: orgA,
      name: 'Ad Beheer',
      now: t.now.value,
    });
    secondAdmin = await createPerson(t.database.db, {
      role: 'administrator',
      organizationId: orgA,
      name: 'Tweede Beheer',
      now: t.now.value,
    });
  });
  afterAll(() => closeTestApp(t));

  it('asks for the second factor after the password, and only then gives a session', async () => {
    const agent = new Agent(t.app, t.now);
    const first = await agent.request<{ next: string }>('POST', '/api/v1/auth/login', {
      email: nurse.email,
      password: PASSWORD,
    });
    expect(first.status).toBe(200);
    expect(first.body.next).toBe('totp');
    expect((await agent.request('GET', '/api/v1/cases')).status).toBe(401);
    const pending = await agent.request<{ state: string }>('GET', '/api/v1/auth/session');
    expect(pending.body.state).toBe('pending');
    const second = await agent.request('POST', '/api/v1/auth/second-factor', {
      code: totpCode(nurse.totpSecret, t.now.value),
    });
    expect(second.status).toBe(200);
    const session = await agent.request<{ state: string; user: { email: string } }>(
      'GET',
      '/api/v1/auth/session',
    );
    expect(session.body).toMatchObject({ state: 'signed_in', user: { email: nurse.email } });
    expect((await agent.request('GET', '/api/v1/cases')).status).toBe(200);
  });

  it('refuses a TOTP code that was already used (replay)', async () => {
    t.now.value = new Date(t.now.value.getTime() + 90_000);
    const first = new Agent(t.app, t.now);
    expect((await first.signIn(nurse)).status).toBe(200);
    const replay = new Agent(t.app, t.now);
    await replay.request('POST', '/api/v1/auth/login', { email: nurse.email, password: PASSWORD });
    const again = await replay.request<ErrorBody>('POST', '/api/v1/auth/second-factor', {
      code: totpCode(nurse.totpSecret, t.now.value),
    });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('invalid_credentials');
  });

  it('signs out at once: the old cookie no longer works', async () => {
    t.now.value = new Date(t.now.value.getTime() + 90_000);
    const agent = new Agent(t.app, t.now);
    await agent.signIn(nurse);
    const cookie = agent.cookie;
    expect((await agent.request('POST', '/api/v1/auth/logout')).status).toBe(200);
    agent.cookie = cookie;
    expect((await agent.request('GET', '/api/v1/cases')).status).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    t.now.value = new Date(t.now.value.getTime() + 90_000);
    const agent = new Agent(t.app, t.now);
    await agent.signIn(nurse);
    agent.csrf = 'wrong';
    const refused = await agent.request<ErrorBody>('POST', '/api/v1/auth/logout');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('csrf');
  });

  it('ends every session after a password change; the new password works', async () => {
    t.now.value = new Date(t.now.value.getTime() + 90_000);
    const person = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: orgA,
      name: 'Wout Wissel',
      now: t.now.value,
    });
    const one = new Agent(t.app, t.now);
    await one.signIn(person);
    t.now.value = new Date(t.now.value.getTime() + 31_000);
    const two = new Agent(t.app, t.now);
    await two.signIn(person);
    const weak = await one.request<ErrorBody>('POST', '/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'Wachtwoord123!',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('weak_password');
    const changed = await one.request('POST', '/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'Zeepbel-Trompet-Hazelnoot-77',
    });
    expect(changed.status).toBe(200);
    expect((await one.request('GET', '/api/v1/cases')).status).toBe(401);
    expect((await two.request('GET', '/api/v1/cases')).status).toBe(401);
    t.now.value = new Date(t.now.value.getTime() + 31_000);
    const three = new Agent(t.app, t.now);
    expect((await three.signIn(person)).status).toBe(401);
    expect((await three.signIn(person, 'Zeepbel-Trompet-Hazelnoot-77')).status).toBe(200);
  });

  it('ends a session after 30 minutes without activity', async () => {
    t.now.value = new Date(t.now.value.getTime() + 90_000);
    const agent = new Agent(t.app, t.now);
    await agent.signIn(nurse);
    t.now.value = new Date(t.now.value.getTime() + 31 * 60_000);
    expect((await agent.request('GET', '/api/v1/cases')).status).toBe(401);
    const [row] = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.revokedReason, 'idle_timeout'));
    expect(row).toBeDefined();
  });

  it('ends the sessions of a person whose role changes or who is deactivated', async () => {
    t.now.value = new Date(t.now.value.getTime() + 90_000);
    const person = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: orgA,
      name: 'Rik Rolwissel',
      now: t.now.value,
    });
    const rik = new Agent(t.app, t.now, '10.2.0.1');
    expect((await rik.signIn(person)).status).toBe(200);
    const boss = new Agent(t.app, t.now, '10.2.0.2');
    expect((await boss.signIn(admin)).status).toBe(200);
    const membership = await membershipOf(t.database.db, person.id);
    expect(
      (
        await boss.request('PATCH', `/api/v1/admin/memberships/${membership}`, {
          role: 'network_coordinator',
          regionProvinces: ['VOV'],
        })
      ).status,
    ).toBe(200);
    expect((await rik.request('GET', '/api/v1/cases')).status).toBe(401);
    t.now.value = new Date(t.now.value.getTime() + 31_000);
    expect((await rik.signIn(person)).status).toBe(200);
    const session = await rik.request<{ memberships: { role: string }[] }>(
      'GET',
      '/api/v1/auth/session',
    );
    expect(session.body.memberships[0]?.role).toBe('network_coordinator');
    expect((await boss.request('POST', `/api/v1/admin/users/${person.id}/deactivate`)).status).toBe(
      200,
    );
    expect((await rik.request('GET', '/api/v1/cases')).status).toBe(401);
    t.now.value = new Date(t.now.value.getTime() + 31_000);
    const again = await new Agent(t.app, t.now, '10.2.0.3').signIn(person);
    expect(again.status).toBe(401);
  });

  it('sends security headers and never internals', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/cases/not-a-uuid' });
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.body).not.toMatch(/node_modules|\.ts:|SELECT /);
  });

  it('throttles an account after five wrong passwords, with the time it opens again', async () => {
    const person = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: orgA,
      name: 'Tom Probeer',
      now: t.now.value,
    });
    const agent = new Agent(t.app, t.now);
    for (let i = 0; i < 5; i++) {
      const wrong = await agent.request<ErrorBody>('POST', '/api/v1/auth/login', {
        email: person.email,
        password: `fout-${i}`,
      });
      expect(wrong.body.error.code).toBe('invalid_credentials');
    }
    const blocked = await agent.request<ErrorBody>('POST', '/api/v1/auth/login', {
      email: person.email,
      password: PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/Try again after \d\d:\d\d/);
    t.now.value = new Date(t.now.value.getTime() + 16 * 60_000);
    expect((await agent.signIn(person)).status).toBe(200);
  });

  it('an unknown account gets the same answer as a wrong password', async () => {
    const agent = new Agent(t.app, t.now);
    const unknown = await agent.request<ErrorBody>('POST', '/api/v1/auth/login', {
      email: 'niemand@example.be',
      password: 'x',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('invalid_credentials');
  });

  it('invites a person: e-mail in the outbox, single-use link, password, authenticator, recovery codes', async () => {
    t.now.value = new Date(t.now.value.getTime() + 90_000);
    const boss = new Agent(t.app, t.now);
    expect((await boss.signIn(admin)).status).toBe(200);
    const invited = await boss.request<{ status: string; grantId: string }>(
      'POST',
      '/api/v1/admin/invitations',
      {
        email: 'Sara.Nieuw@example.be',
        displayName: 'Sara Nieuw',
        organizationId: orgA,
        role: 'case_coordinator',
      },
    );
    // A role that opens family data waits for a second administrator (four eyes).
    expect(invited.status).toBe(202);
    expect(invited.body.status).toBe('awaiting_approval');
    const self = await boss.request<ErrorBody>(
      'POST',
      `/api/v1/admin/role-grants/${invited.body.grantId}/approve`,
    );
    expect(self.status).toBe(403);
    const second = new Agent(t.app, t.now, '10.2.0.9');
    expect((await second.signIn(secondAdmin)).status).toBe(200);
    const approved = await second.request<{ status: string }>(
      'POST',
      `/api/v1/admin/role-grants/${invited.body.grantId}/approve`,
    );
    expect(approved.body.status).toBe('invited');
    const outbox = await boss.request<{ to: string; text: string }[]>(
      'GET',
      '/api/v1/admin/outbox',
    );
    const mail = outbox.body.find((m) => m.to === 'sara.nieuw@example.be');
    expect(mail?.text).toContain('/uitnodiging/');
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ?? '';

    const sara = new Agent(t.app, t.now);
    const about = await sara.request<{ displayName: string; role: string }>(
      'GET',
      `/api/v1/invitations/${token}`,
    );
    expect(about.body).toMatchObject({ displayName: 'Sara Nieuw', role: 'case_coordinator' });
    const weak = await sara.request<ErrorBody>('POST', `/api/v1/invitations/${token}/accept`, {
      password: 'saranieuw2026',
    });
    expect(weak.body.error.code).toBe('weak_password');
    const accepted = await sara.request<{ next: string }>(
      'POST',
      `/api/v1/invitations/${token}/accept`,
      { password: 'Lindeboom-Parasol-Kompas-19' },
    );
    expect(accepted.body.next).toBe('totp_enrolment');
    expect((await sara.request('GET', '/api/v1/cases')).status).toBe(401);
    const enrol = await sara.request<{ secret: string; qrSvg: string }>(
      'POST',
      '/api/v1/auth/enrolment',
    );
    expect(enrol.body.qrSvg).toContain('<svg');
    const confirmed = await sara.request<{ recoveryCodes: string[] }>(
      'POST',
      '/api/v1/auth/enrolment/confirm',
      { code: totpCode(enrol.body.secret, t.now.value) },
    );
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect((await sara.request('GET', '/api/v1/cases')).status).toBe(200);

    const reuse = await new Agent(t.app, t.now).request<ErrorBody>(
      'POST',
      `/api/v1/invitations/${token}/accept`,
      { password: 'Lindeboom-Parasol-Kompas-19' },
    );
    expect(reuse.status).toBe(410);

    // A recovery code signs in once.
    const later = new Agent(t.app, t.now);
    await later.request('POST', '/api/v1/auth/login', {
      email: 'sara.nieuw@example.be',
      password: 'Lindeboom-Parasol-Kompas-19',
    });
    const code = confirmed.body.recoveryCodes[0] ?? '';
    expect(
      (await later.request('POST', '/api/v1/auth/second-factor', { recoveryCode: code })).status,
    ).toBe(200);
    const again = new Agent(t.app, t.now);
    await again.request('POST', '/api/v1/auth/login', {
      email: 'sara.nieuw@example.be',
      password: 'Lindeboom-Parasol-Kompas-19',
    });
    expect(
      (await again.request('POST', '/api/v1/auth/second-factor', { recoveryCode: code })).status,
    ).toBe(401);
    const [stored] = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, 'sara.nieuw@example.be'));
    expect(stored?.bodyText).not.toContain('undefined');
  });

  it('an expired invitation says so and what to do', async () => {
    t.now.value = new Date(t.now.value.getTime() + 90_000);
    const boss = new Agent(t.app, t.now);
    const signedIn = await boss.signIn(admin);
    expect(signedIn.body).toMatchObject({ next: 'done' });
    await boss.request('POST', '/api/v1/admin/invitations', {
      email: 'laat@example.be',
      displayName: 'Lies Laat',
      organizationId: orgA,
      role: 'network_coordinator',
      regionProvinces: ['VOV'],
    });
    const outbox = await boss.request<{ to: string; text: string }[]>(
      'GET',
      '/api/v1/admin/outbox',
    );
    const token =
      /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(
        outbox.body.find((m) => m.to === 'laat@example.be')?.text ?? '',
      )?.[1] ?? '';
    t.now.value = new Date(t.now.value.getTime() + 8 * 24 * 3600_000);
    const expired = await new Agent(t.app, t.now).request<ErrorBody>(
      'GET',
      `/api/v1/invitations/${token}`,
    );
    expect(expired.status).toBe(410);
    expect(expired.body.error.message).toMatch(/expired.*administrator/);
  });
});

describe.each(storageModes)('request limits on %s', (mode) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(mode);
  });
  afterAll(() => closeTestApp(t));

  it('limits sign-in attempts per address per minute with a clear 429', async () => {
    const agent = new Agent(t.app, t.now);
    const answers: number[] = [];
    for (let i = 0; i < 21; i++) {
      answers.push(
        (
          await agent.request('POST', '/api/v1/auth/login', {
            email: `x${i}@example.be`,
            password: 'x',
          })
        ).status,
      );
    }
    expect(answers.slice(0, 20).every((s) => s === 401)).toBe(true);
    const limited = await agent.request<ErrorBody>('POST', '/api/v1/auth/login', {
      email: 'y@example.be',
      password: 'x',
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('too_many_attempts');
    expect(limited.body.error.message).toMatch(/Wait \d+ seconds/);
  });

  it('refuses a body over the size limit and never shows internals', async () => {
    // On a protected route an unauthorised caller is refused before the body is read.
    const unread = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/teams',
      payload: { name: 'x'.repeat(1_100_000) },
    });
    expect(unread.statusCode).toBe(401);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.77.0.1',
      payload: { email: 'a@example.be', password: 'x'.repeat(1_100_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).not.toMatch(/at .*\.ts|node_modules|SELECT/);
  });
});
