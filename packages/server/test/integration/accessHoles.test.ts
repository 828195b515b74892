/**
 * The holes an outside probe found on the earlier main, each closed and held here on both storage
 * modes: cross-organisation membership, administrators and family data, the sign-in and
 * password-change throttles under concurrency, one contact person per case under racing
 * hand-overs, invitations, and answers to odd input.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/kernel/audit/auditSchema.ts';
import { caseMembers } from '../../src/kernel/tables/caseSchema.ts';
import { outboxEmails, users } from '../../src/platform/db/identitySchema.ts';
import { redactSpentLinks } from '../../src/platform/mail/outbox.ts';
import { totpCode } from '../../src/modules/auth/totp.ts';
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

type ErrorBody = { error: { code: string; message: string; fields?: { field: string }[] } };
type CaseBody = { id: string; accessBasis: string; team: { userId: string }[] };

describe.each(storageModes)('holes found from outside, closed, on %s', (mode) => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  const people: Record<string, Person> = {};
  let ip = 0;
  const later = (ms = 31_000) => {
    t.now.value = new Date(t.now.value.getTime() + ms);
  };
  /** A signed-in agent from an address of its own (throttling counts per address). */
  const agentOf = async (person: Person) => {
    later();
    ip++;
    const agent = new Agent(t.app, t.now, `10.50.${Math.floor(ip / 250)}.${ip % 250}`);
    const signed = await agent.signIn(person);
    if (signed.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(signed.body)}`);
    return agent;
  };
  const person = async (key: string, role: Person['role'], organizationId: string) => {
    people[key] = await createPerson(t.database.db, {
      role,
      organizationId,
      name: `${key} ${randomUUID().slice(0, 6)}`,
      now: t.now.value,
    });
    return people[key];
  };
  const openCase = async (coordinator: Person) => {
    const agent = await agentOf(coordinator);
    const created = await agent.request<CaseBody>('POST', '/api/v1/cases', {
      organizationId: coordinator.organizationId,
      familyLabel: 'Gezin Proef',
      title: 'Zorgen',
      restricted: { addiction: 'Moeder gebruikt.' },
    });
    expect(created.status).toBe(201);
    return { agent, caseId: created.body.id };
  };

  beforeAll(async () => {
    t = await createTestApp(mode, undefined, { rateLimitPerMinute: false });
    [orgA, orgB] = await twoOrganizations(t.database.db);
    await person('coordA', 'case_coordinator', orgA);
    await person('coordA2', 'case_coordinator', orgA);
    await person('coordA3', 'case_coordinator', orgA);
    await person('coordB', 'case_coordinator', orgB);
    await person('nurseA', 'first_line', orgA);
    await person('adminA', 'administrator', orgA);
    await person('adminA2', 'administrator', orgA);
    await person('adminB', 'administrator', orgB);
  });
  afterAll(() => closeTestApp(t));

  it('a member of another organisation joins only through a valid share, re-checked on every request', async () => {
    const { agent: carla, caseId } = await openCase(people.coordA as Person);
    const coordB = people.coordB as Person;
    const claimed = await carla.request<ErrorBody>('POST', `/api/v1/cases/${caseId}/members`, {
      userId: coordB.id,
      organizationId: orgA,
    });
    expect(claimed.status).toBe(400);
    expect(claimed.body.error.fields?.[0]?.field).toBe('organizationId');
    const unshared = await carla.request('POST', `/api/v1/cases/${caseId}/members`, {
      userId: coordB.id,
    });
    expect(unshared.status).toBe(409);
    const unknown = await carla.request<ErrorBody>('POST', `/api/v1/cases/${caseId}/members`, {
      userId: randomUUID(),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields?.[0]?.field).toBe('userId');
    const otherOrg = await agentOf(coordB);
    expect((await otherOrg.request('GET', `/api/v1/cases/${caseId}`)).status).toBe(404);

    const share = (agreement: string) =>
      carla.request('PUT', `/api/v1/cases/${caseId}/shares/${orgB}`, {
        legalBasis: 'art. 74 decreet integrale jeugdhulp',
        agreement,
      });
    expect((await share('given')).status).toBe(200);
    expect(
      (await carla.request('POST', `/api/v1/cases/${caseId}/members`, { userId: coordB.id }))
        .status,
    ).toBe(200);
    const read = await otherOrg.request<CaseBody>('GET', `/api/v1/cases/${caseId}`);
    expect(read.status).toBe(200);
    expect(read.body.accessBasis).toBe('case_team_shared');
    expect((await otherOrg.request('GET', `/api/v1/cases/${caseId}/export`)).status).toBe(200);

    expect((await share('withdrawn')).status).toBe(200);
    expect((await otherOrg.request('GET', `/api/v1/cases/${caseId}`)).status).toBe(404);
    expect((await otherOrg.request('GET', `/api/v1/cases/${caseId}/export`)).status).toBe(404);
    const nowhere = await carla.request('PUT', `/api/v1/cases/${caseId}/shares/${randomUUID()}`, {
      legalBasis: 'art. 74 decreet integrale jeugdhulp',
      agreement: 'given',
    });
    expect(nowhere.status).toBe(404);
  });

  it('administrators manage their own organisation only, never their own role; family-data grants need a second administrator', async () => {
    const adminA = people.adminA as Person;
    const ad = await agentOf(adminA);
    const own = await ad.request<ErrorBody>(
      'PATCH',
      `/api/v1/admin/memberships/${await membershipOf(t.database.db, adminA.id)}`,
      { role: 'case_coordinator' },
    );
    expect(own.status).toBe(403);
    const { caseId } = await openCase(people.coordA as Person);
    expect((await ad.request('GET', `/api/v1/cases/${caseId}`)).status).toBe(404);
    expect(
      (
        await ad.request('POST', `/api/v1/cases/${caseId}/break-glass`, {
          reason: 'Ik wil dit dossier graag eens bekijken.',
        })
      ).status,
    ).toBe(403);
    const elsewhere = await ad.request('POST', '/api/v1/admin/invitations', {
      email: `ander-${randomUUID().slice(0, 6)}@example.be`,
      displayName: 'Andere Organisatie',
      organizationId: orgB,
      role: 'network_coordinator',
    });
    expect(elsewhere.status).toBe(403);
    const foreignMembership = await ad.request(
      'PATCH',
      `/api/v1/admin/memberships/${await membershipOf(t.database.db, (people.coordB as Person).id)}`,
      { role: 'network_coordinator' },
    );
    expect(foreignMembership.status).toBe(404);

    const email = `nieuw-${randomUUID().slice(0, 6)}@example.be`;
    const asked = await ad.request<{ status: string; grantId: string }>(
      'POST',
      '/api/v1/admin/invitations',
      { email, displayName: 'Nieuwe Regisseur', organizationId: orgA, role: 'case_coordinator' },
    );
    expect(asked.status).toBe(202);
    expect(await t.database.db.select().from(users).where(eq(users.email, email))).toEqual([]);
    const self = await ad.request(
      'POST',
      `/api/v1/admin/role-grants/${asked.body.grantId}/approve`,
    );
    expect(self.status).toBe(403);
    const fromB = await agentOf(people.adminB as Person);
    expect(
      (await fromB.request('POST', `/api/v1/admin/role-grants/${asked.body.grantId}/approve`))
        .status,
    ).toBe(404);
    const second = await agentOf(people.adminA2 as Person);
    const [first, racing] = await Promise.all([
      second.request<{ status: string }>(
        'POST',
        `/api/v1/admin/role-grants/${asked.body.grantId}/approve`,
      ),
      second.request('POST', `/api/v1/admin/role-grants/${asked.body.grantId}/approve`),
    ]);
    expect([first.status, racing.status].sort()).toEqual([200, 409]);
    const [invited] = await t.database.db.select().from(users).where(eq(users.email, email));
    expect(invited?.status).toBe('invited');
    const trail = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.subjectType, 'role_grant'),
          eq(auditEvents.subjectId, asked.body.grantId),
        ),
      );
    expect(trail.map((r) => r.outcome).sort()).toEqual(['conflict', 'denied', 'denied', 'success']);
  });

  it('of a hundred concurrent wrong passwords, only the limit is checked; a right one among them gets no further', async () => {
    const target = await person('target', 'first_line', orgA);
    const agents = Array.from({ length: 100 }, (_, i) => new Agent(t.app, t.now, `10.60.0.${i}`));
    const answers = await Promise.all(
      agents.map((a) =>
        a.request('POST', '/api/v1/auth/login', { email: target.email, password: 'niet-juist' }),
      ),
    );
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(95);
    const checked = await t.database.executeSql(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'login_failed' AND subject_id = $1 AND details->>'reason' = 'wrong_password'",
      [target.id],
    );
    expect((checked.rows[0] as { n: number }).n).toBe(5);

    later(16 * 60_000);
    const other = await person('other', 'first_line', orgA);
    const mixed = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        new Agent(t.app, t.now, `10.61.0.${i}`).request('POST', '/api/v1/auth/login', {
          email: other.email,
          password: i === 19 ? PASSWORD : 'niet-juist',
        }),
      ),
    );
    const passed = mixed.filter((a) => a.status === 200).length;
    const wrong = mixed.filter((a) => a.status === 401).length;
    expect(passed + wrong).toBeLessThanOrEqual(5);
    expect(mixed.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(15);
  });

  it('the second factor has its own count, which a right password never clears, and locks', async () => {
    later(16 * 60_000);
    const who = await person('factor', 'first_line', orgA);
    const first = new Agent(t.app, t.now, '10.62.0.1');
    expect(
      (await first.request('POST', '/api/v1/auth/login', { email: who.email, password: PASSWORD }))
        .status,
    ).toBe(200);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(
        (await first.request('POST', '/api/v1/auth/second-factor', { code: '000000' })).status,
      );
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    // A fresh address and a right password: the code step stays locked.
    const fresh = new Agent(t.app, t.now, '10.62.0.2');
    expect(
      (await fresh.request('POST', '/api/v1/auth/login', { email: who.email, password: PASSWORD }))
        .status,
    ).toBe(200);
    const locked = await fresh.request('POST', '/api/v1/auth/second-factor', {
      code: totpCode(who.totpSecret, t.now.value),
    });
    expect(locked.status).toBe(429);
    later(16 * 60_000);
    const again = new Agent(t.app, t.now, '10.62.0.3');
    expect((await again.signIn(who)).status).toBe(200);
  });

  it('changing the password is throttled and on the trail', async () => {
    later(16 * 60_000);
    const who = await person('changer', 'first_line', orgA);
    const agent = await agentOf(who);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await agent.request('POST', '/api/v1/auth/password', {
            currentPassword: i === 5 ? PASSWORD : `fout-${i}`,
            newPassword: 'Wilgenroos-Kanaal-Trommel-77',
          })
        ).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'user'), eq(auditEvents.subjectId, who.id)));
    expect(rows.map((r) => r.outcome)).toEqual([
      'failure',
      'failure',
      'failure',
      'failure',
      'failure',
      'denied',
    ]);
  });

  it('keeps one contact person per case when two hand-overs race, 200 times', async () => {
    const [coordA, coordA2, coordA3] = [people.coordA, people.coordA2, people.coordA3] as Person[];
    const carla = await agentOf(coordA as Person);
    const outcomes: string[] = [];
    for (let round = 0; round < 200; round++) {
      const created = await carla.request<CaseBody>('POST', '/api/v1/cases', {
        organizationId: orgA,
        familyLabel: `Gezin Wedloop ${round}`,
        title: 'Wedloop',
      });
      const caseId = created.body.id;
      const answers = await Promise.all(
        [coordA2, coordA3].map((to) =>
          carla.request('POST', `/api/v1/cases/${caseId}/handover`, {
            toUserId: (to as Person).id,
          }),
        ),
      );
      const coordinators = await t.database.db
        .select()
        .from(caseMembers)
        .where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.caseRole, 'coordinator')));
      // Exactly one wins. The other is refused: 409 when it raced inside the database, 404 when
      // it came second (by then it asks as a team member, who may not hand a case over).
      const won = answers.filter((a) => a.status === 200).length;
      const refused = answers.filter((a) => a.status === 409 || a.status === 404).length;
      outcomes.push(`won ${won}, refused ${refused}, coordinators ${coordinators.length}`);
    }
    expect(new Set(outcomes)).toEqual(new Set(['won 1, refused 1, coordinators 1']));
  });

  it('answers odd input with a 4xx that names the field, never a 5xx', async () => {
    const { agent: carla, caseId } = await openCase(people.coordA as Person);
    const nul = await carla.request<ErrorBody>('PATCH', `/api/v1/cases/${caseId}`, {
      concern: 'voor\u0000na',
    });
    expect(nul.status).toBe(400);
    expect(nul.body.error.fields?.[0]?.field).toBe('concern');
    const fhir = await carla.request('GET', '/fhir/R4/Task?status=requested&status=accepted');
    expect(fhir.status).toBe(400);
    const anonymous = await new Agent(t.app, t.now, '10.63.0.1').request('POST', '/api/v1/cases', {
      nonsense: true,
    });
    expect(anonymous.status).toBe(401);
  });

  it('never lets a protected answer be cached, and takes only a purpose the role may state', async () => {
    const { agent: carla, caseId } = await openCase(people.coordA as Person);
    const read = await carla.request('GET', `/api/v1/cases/${caseId}`);
    expect(read.headers['cache-control']).toBe('no-store');
    const search = await t.app.inject({ method: 'GET', url: '/api/v1/services?q=opvoeding' });
    expect(search.headers['cache-control']).not.toBe('no-store');
    const purpose = (value: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/cases/${caseId}`,
        headers: { cookie: `omringd_session=${carla.cookie ?? ''}`, 'x-omringd-purpose': value },
      });
    expect((await purpose('reporting')).statusCode).toBe(403);
    expect((await purpose('verzonnen')).statusCode).toBe(400);
    expect((await purpose('care')).statusCode).toBe(200);
    const csp = String(read.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/font-src 'self'(;|$)/);
  });

  it('takes a file only for what its bytes are, under a name without direction tricks', async () => {
    const nurse = await agentOf(people.nurseA as Person);
    const draft = await nurse.request<{ id: string }>('POST', '/api/v1/referrals', {
      programmeKey: '1-gezin-1-plan',
    });
    expect(draft.status).toBe(201);
    const upload = (contentType: string, name: string, bytes: Buffer) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/referrals/${draft.body.id}/attachments`,
        headers: {
          cookie: `omringd_session=${nurse.cookie ?? ''}`,
          'x-csrf-token': nurse.csrf ?? '',
          'content-type': contentType,
          'x-file-name': encodeURIComponent(name),
        },
        payload: bytes,
      });
    const html = await upload(
      'image/png',
      'foto.png',
      Buffer.from('<html><script>alert(1)</script>'),
    );
    expect(html.statusCode).toBe(400);
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    );
    const tricked = await upload('image/png', 'foto\u202Egnp.exe', png);
    expect(tricked.statusCode).toBe(201);
    const stored = tricked.json<{ fileName: string }>().fileName;
    expect(stored).not.toMatch(/\u202E/);
    expect(stored).toBe('foto_gnp.exe');
  });

  it('keeps one live invitation per person, uses a link once even when two accepts race, and keeps no working link in the outbox', async () => {
    const ad = await agentOf(people.adminA as Person);
    const email = `uitgenodigd-${randomUUID().slice(0, 6)}@example.be`;
    const invite = () =>
      ad.request('POST', '/api/v1/admin/invitations', {
        email,
        displayName: 'Ine Uitgenodigd',
        organizationId: orgA,
        role: 'network_coordinator',
        regionProvinces: ['VOV'],
      });
    const links = async () =>
      (await ad.request<{ to: string; text: string }[]>('GET', '/api/v1/admin/outbox')).body
        .filter((m) => m.to === email)
        // A used-up link reads "/uitnodiging/[link verwijderd]": no token left.
        .map((m) => /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(m.text)?.[1] ?? null);
    expect((await invite()).status).toBe(201);
    const [firstToken] = await links();
    expect((await invite()).status).toBe(201);
    // Newest first: the new link works, the first e-mail no longer holds one.
    const [secondToken, replaced] = await links();
    expect(replaced).toBeNull();
    const old = await new Agent(t.app, t.now, '10.64.0.1').request<ErrorBody>(
      'GET',
      `/api/v1/invitations/${firstToken ?? ''}`,
    );
    expect(old.status).toBe(410);
    expect(old.body.error.message).toMatch(/replaced by a newer one/);
    const accept = (n: number) =>
      new Agent(t.app, t.now, `10.64.0.${n}`).request(
        'POST',
        `/api/v1/invitations/${secondToken ?? ''}/accept`,
        { password: 'Notelaar-Zeilboot-Lantaarn-58' },
      );
    const answers = await Promise.all([accept(2), accept(3)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 410]);
    expect(await links()).toEqual([null, null]);
  });

  it('takes the link out of an invitation e-mail once the invitation has expired', async () => {
    const ad = await agentOf(people.adminA as Person);
    const email = `verlopen-${randomUUID().slice(0, 6)}@example.be`;
    expect(
      (
        await ad.request('POST', '/api/v1/admin/invitations', {
          email,
          displayName: 'Vera Verlopen',
          organizationId: orgA,
          role: 'network_coordinator',
          regionProvinces: ['VOV'],
        })
      ).status,
    ).toBe(201);
    const stored = async () =>
      (await t.database.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, email)))[0]
        ?.bodyText ?? '';
    expect(await stored()).toMatch(/\/uitnodiging\/[A-Za-z0-9_-]{43}/);
    await redactSpentLinks(t.database.db, t.now.value);
    expect(await stored()).toMatch(/\/uitnodiging\/[A-Za-z0-9_-]{43}/);
    later(8 * 24 * 3600_000);
    await redactSpentLinks(t.database.db, t.now.value);
    expect(await stored()).not.toMatch(/\/uitnodiging\/[A-Za-z0-9_-]{43}/);
    expect(await stored()).toContain('[link verwijderd]');
  });
});
