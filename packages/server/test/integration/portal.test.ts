/**
 * The family portal: the coordinator invites Sanne (a parent of the family details); she accepts
 * the single-use link with a password and no authenticator app (later sign-ins take a code
 * sent by e-mail), reads our plan without what is
 * kept in the team or hidden from her, writes a goal of her own that professionals see as hers and
 * cannot reword; her partner's account reads what is hidden from Sanne no more than she does his;
 * a parent of one family never reaches another's — on both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type {
  CaseFamily,
  CasePlan,
  MeetingView,
  PlanContentInput,
  PlanVersion,
  PortalLook,
  PortalPlan,
  PortalSharing,
} from '@omringd/core';
import { outboxEmails } from '../../src/platform/db/identitySchema.ts';
import { organizations } from '../../src/platform/db/schema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';
import { anotherCase } from '../support/anotherCase.ts';
import { Agent } from '../support/people.ts';

type ErrorBody = { error: { code: string; reason?: string } };
const PARENT_PASSWORD = 'Zonnebloem-Fietsbel-Kapstok-73';

const plan: PlanContentInput = {
  goals: [
    { id: 'g-rust', text: 'Rust in huis.', priority: 'high' },
    { id: 'g-team', text: 'Nagaan of er geweld is.', teamOnly: true },
    { id: 'g-adres', text: 'Sanne woont op haar nieuwe adres.', hiddenFrom: ['p2'] },
  ],
  actions: [
    { id: 'a-1', goalId: 'g-rust', what: 'Elke avond samen eten.', who: { kind: 'family' } },
    {
      id: 'a-2',
      goalId: 'g-rust',
      what: 'Huisbezoek met Tom erbij.',
      who: { kind: 'professional', name: 'Mira Claes' },
      hiddenFrom: ['p1'],
    },
  ],
};

describe.each(storageModes)('the family portal on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let url = '';
  let sanne: Agent;

  /** The e-mail whose link still works (an invitation sent again replaces the earlier one). */
  const invitationLink = async (email: string) => {
    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, email));
    for (const mail of mails) {
      const token = /\/uitnodiging\/([A-Za-z0-9_-]{20,})/.exec(mail.bodyText)?.[1];
      if (token === undefined) continue;
      const open = await new Agent(t.app, t.now, '10.61.9.9').request(
        'GET',
        `/api/v1/invitations/${token}`,
      );
      if (open.status === 200) return { text: mail.bodyText, token };
    }
    throw new Error(`no working invitation for ${email}`);
  };
  /** The code of the newest sign-in e-mail that still holds one. */
  const signInCode = async (email: string) => {
    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, email))
      .orderBy(desc(outboxEmails.createdAt));
    for (const mail of mails) {
      const code = /^(\d{6})$/m.exec(mail.bodyText)?.[1];
      if (mail.idempotencyKey.startsWith('sign-in-code:') && code !== undefined) return code;
    }
    throw new Error(`no sign-in code for ${email}`);
  };
  /** The parent opens the link, chooses a password and is signed in (no second factor). */
  const accept = async (email: string, ip: string) => {
    const { token } = await invitationLink(email);
    const agent = new Agent(t.app, t.now, ip);
    const accepted = await agent.request<{ next: string }>(
      'POST',
      `/api/v1/invitations/${token}/accept`,
      { password: PARENT_PASSWORD },
    );
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.next).toBe('done');
    return agent;
  };

  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.61.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    url = `/api/v1/cases/${file.caseId}`;
    const mira = await file.signedIn(file.mira);
    const family = await mira.request<CaseFamily>('GET', `${url}/family`);
    const withTom = await mira.request('PUT', `${url}/family`, {
      version: family.body.version,
      family: {
        ...family.body.family,
        calledName: 'Sanne en Tom',
        members: [
          ...family.body.family.members,
          { kind: 'adult', id: 'p2', name: 'Tom', role: 'father' },
        ],
      },
    });
    expect(withTom.status).toBe(200);
    const saved = await mira.request('POST', `${url}/plan/versions`, {
      version: 0,
      content: plan,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  });
  afterAll(async () => {
    await closeTestApp(t);
  });

  it('lets the coordinator invite a parent of the family details, and no one else invite', async () => {
    const mira = await file.signedIn(file.mira);
    const notAdult = await mira.request<ErrorBody>('POST', `${url}/parents`, {
      memberId: 'c1',
      email: 'kind@example.be',
    });
    // A young child gets no account (a child of 12 or older can: childView.test.ts).
    expect(notAdult.status).toBe(400);
    expect(notAdult.body.error.reason).toBe('child_under_12');
    const ilse = await file.signedIn(file.ilse);
    const byTeamMember = await ilse.request('POST', `${url}/parents`, {
      memberId: 'p1',
      email: 'sanne@example.be',
    });
    expect(byTeamMember.status).toBe(404);
    const invited = await mira.request<{ userId: string; memberId: string; email: string }>(
      'POST',
      `${url}/parents`,
      { memberId: 'p1', email: 'Sanne@Example.be' },
    );
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    expect(invited.body).toMatchObject({ memberId: 'p1', email: 'sanne@example.be' });
    const mail = await invitationLink('sanne@example.be');
    expect(mail.text).toMatch(/Mira Claes .* nodigt je uit om jullie gezinsplan te lezen/);
    // Sent again (a lost e-mail): the first link stops working, the member keeps one account.
    const again = await mira.request('POST', `${url}/parents`, {
      memberId: 'p1',
      email: 'sanne@example.be',
    });
    expect(again.status).toBe(201);
    // A wrong address, not accepted yet: the invitation goes to the right one, the member keeps
    // one account, and the link sent to the wrong address stops working.
    const wrong = await invitationLink('sanne@example.be');
    const readdressed = await mira.request<{ userId: string; email: string }>(
      'POST',
      `${url}/parents`,
      { memberId: 'p1', email: 'sanne.andere@example.be' },
    );
    expect(readdressed.status, JSON.stringify(readdressed.body)).toBe(201);
    expect(readdressed.body.userId).toBe(invited.body.userId);
    const stale = await new Agent(t.app, t.now, '10.61.9.8').request(
      'GET',
      `/api/v1/invitations/${wrong.token}`,
    );
    expect(stale.status).toBe(410);
    const back = await mira.request('POST', `${url}/parents`, {
      memberId: 'p1',
      email: 'sanne@example.be',
    });
    expect(back.status).toBe(201);
    // An address another account uses is refused with what to do.
    const taken = await mira.request<ErrorBody>('POST', `${url}/parents`, {
      memberId: 'p1',
      email: file.mira.email,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.reason).toBe('account_exists');
  });

  it('signs the parent in with a password only, and opens their own family to them', async () => {
    sanne = await accept('sanne@example.be', '10.61.1.1');
    const families = await sanne.request<{ families: { caseId: string; familyName: string }[] }>(
      'GET',
      '/api/v1/portal/families',
    );
    expect(families.status).toBe(200);
    expect(families.body.families.map((f) => f.caseId)).toEqual([file.caseId]);
    // A later sign-in asks for a code sent by e-mail, never for an authenticator app.
    const again = new Agent(t.app, t.now, '10.61.1.2');
    const login = await again.request<{ next: string }>('POST', '/api/v1/auth/login', {
      email: 'sanne@example.be',
      password: PARENT_PASSWORD,
    });
    expect(login.body.next).toBe('email_code');
    expect((await again.request('GET', '/api/v1/portal/families')).status).toBe(401);
    const code = await signInCode('sanne@example.be');
    const wrong = await again.request<ErrorBody>('POST', '/api/v1/auth/second-factor', {
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.reason).toBe('wrong_email_code');
    const right = await again.request<{ next: string }>('POST', '/api/v1/auth/second-factor', {
      code,
    });
    expect(right.body.next).toBe('done');
    expect((await again.request('GET', '/api/v1/portal/families')).status).toBe(200);
    // The outbox keeps the message without its code once the code is used.
    expect(await signInCode('sanne@example.be').catch(() => 'gone')).toBe('gone');
    // A code counts for 10 minutes.
    const late = new Agent(t.app, t.now, '10.61.1.3');
    await late.request('POST', '/api/v1/auth/login', {
      email: 'sanne@example.be',
      password: PARENT_PASSWORD,
    });
    const lateCode = await signInCode('sanne@example.be');
    t.now.value = new Date(t.now.value.getTime() + 11 * 60_000);
    const expired = await late.request<ErrorBody>('POST', '/api/v1/auth/second-factor', {
      code: lateCode,
    });
    expect(expired.body.error.reason).toBe('wrong_email_code');
    // An account that is used up cannot be invited again.
    const mira = await file.signedIn(file.mira);
    const twice = await mira.request<ErrorBody>('POST', `${url}/parents`, {
      memberId: 'p1',
      email: 'sanne@example.be',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.reason).toBe('parent_has_account');
  });

  it('shows our plan without what the team keeps or what is hidden from this parent', async () => {
    const ours = await sanne.request<PortalPlan>('GET', `/api/v1/portal/cases/${file.caseId}/plan`);
    expect(ours.status, JSON.stringify(ours.body)).toBe(200);
    expect(ours.body.familyName).toBe('Sanne en Tom');
    expect(ours.body.hasPasskey).toBe(false);
    expect(ours.body.contact?.name).toBe('Mira Claes');
    const content = ours.body.plan.current?.content;
    expect(content?.goals.map((g) => g.id)).toEqual(['g-rust', 'g-adres']);
    expect(content?.actions.map((a) => a.id)).toEqual(['a-1']);
    // The case's own plan route gives a parent no more than the portal does.
    const direct = await sanne.request<CasePlan>('GET', `${url}/plan`);
    expect(direct.body.current?.content.goals.map((g) => g.id)).toEqual(['g-rust', 'g-adres']);
    // Professionals read the plan in the case: the portal's view is the family's.
    const mira = await file.signedIn(file.mira);
    const professional = await mira.request<ErrorBody>(
      'GET',
      `/api/v1/portal/cases/${file.caseId}/plan`,
    );
    expect(professional.status).toBe(403);
    expect(professional.body.error.reason).toBe('not_a_parent');
    expect((await mira.request('GET', '/api/v1/portal/families')).status).toBe(403);
  });

  it('hides from the other parent what is hidden from him', async () => {
    const mira = await file.signedIn(file.mira);
    expect(
      (await mira.request('POST', `${url}/parents`, { memberId: 'p2', email: 'tom@example.be' }))
        .status,
    ).toBe(201);
    const tom = await accept('tom@example.be', '10.61.2.1');
    const ours = await tom.request<PortalPlan>('GET', `/api/v1/portal/cases/${file.caseId}/plan`);
    expect(ours.body.plan.current?.content.goals.map((g) => g.id)).toEqual(['g-rust']);
    expect(ours.body.plan.current?.content.actions.map((a) => a.id)).toEqual(['a-1', 'a-2']);
    expect(JSON.stringify(ours.body)).not.toContain('nieuwe adres');
  });

  it('adds a goal in the family’s words, marked as theirs, which a professional cannot reword', async () => {
    const goal = {
      goalId: 'gezin-ontbijt',
      text: 'We willen rustig samen ontbijten.',
      priority: 'high',
      domains: ['parenting'],
    };
    const short = await sanne.request<ErrorBody>(
      'POST',
      `/api/v1/portal/cases/${file.caseId}/goals`,
      {
        ...goal,
        text: 'x',
      },
    );
    expect(short.status).toBe(400);
    const added = await sanne.request<PlanVersion>(
      'POST',
      `/api/v1/portal/cases/${file.caseId}/goals`,
      goal,
    );
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.change).toEqual({ kind: 'family_wrote', goalId: 'gezin-ontbijt' });
    expect(added.body.content.goals.map((g) => g.id)).toEqual([
      'g-rust',
      'g-adres',
      'gezin-ontbijt',
    ]);
    // A retry (a lost answer) adds nothing twice.
    const retry = await sanne.request<PlanVersion>(
      'POST',
      `/api/v1/portal/cases/${file.caseId}/goals`,
      goal,
    );
    expect(retry.body.number).toBe(added.body.number);

    const mira = await file.signedIn(file.mira);
    const { body: seen } = await mira.request<CasePlan>('GET', `${url}/plan`);
    const theirs = seen.current?.content.goals.find((g) => g.id === 'gezin-ontbijt');
    expect(theirs).toMatchObject({ author: 'family', text: goal.text, priority: 'high' });
    // The team's own items are still there: the family's save kept what the family cannot see.
    expect(seen.current?.content.goals.map((g) => g.id)).toContain('g-team');
    const content = seen.current?.content;
    if (content === undefined) throw new Error('no plan');
    const reworded = await mira.request<ErrorBody>('POST', `${url}/plan/versions`, {
      version: seen.current?.number,
      content: {
        ...content,
        goals: content.goals.map((g) =>
          g.id === 'gezin-ontbijt' ? { ...g, text: 'Ontbijt.' } : g,
        ),
      },
    });
    expect(reworded.status).toBe(400);
    expect(reworded.body.error.reason).toBe('family_words');
    // A professional does not write in the family's name through the portal.
    const asFamily = await mira.request('POST', `/api/v1/portal/cases/${file.caseId}/goals`, {
      ...goal,
      goalId: 'gezin-namens',
    });
    expect(asFamily.status).toBe(404);
  });

  it('lets the family withdraw its agreement per organisation, at once, and give it again', async () => {
    // Mira shares the file with Kind en Gezin, on the family's agreement, and adds Kato.
    const mira = await file.signedIn(file.mira);
    const kato = await file.signedIn(file.referrer);
    const [kindEnGezin] = await t.database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.key, 'kind-en-gezin'));
    const orgId = kindEnGezin?.id ?? '';
    expect(
      (
        await mira.request('PUT', `${url}/shares/${orgId}`, {
          legalBasis: 'art. 74 decreet integrale jeugdhulp',
          agreement: 'given',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await mira.request('POST', `${url}/members`, {
          userId: file.referrer.id,
          organizationId: orgId,
        })
      ).status,
    ).toBe(200);
    expect((await kato.request('GET', url)).status).toBe(200);

    const sharing = await sanne.request<PortalSharing>(
      'GET',
      `/api/v1/portal/cases/${file.caseId}/sharing`,
    );
    expect(sharing.status).toBe(200);
    expect(sharing.body.holder.organizationId).toBe(file.ocjId);
    expect(sharing.body.shares).toEqual([
      expect.objectContaining({
        organizationId: orgId,
        name: 'Kind en Gezin (Opgroeien)',
        legalBasis: 'art. 74 decreet integrale jeugdhulp',
        agreement: 'given',
      }),
    ]);
    // The holder keeps the file on another ground: the family cannot withdraw it here.
    const holder = await sanne.request<ErrorBody>(
      'PUT',
      `/api/v1/portal/cases/${file.caseId}/sharing/${file.ocjId}`,
      { agreement: 'withdrawn' },
    );
    expect(holder.status).toBe(409);
    expect(holder.body.error.reason).toBe('holds_case');

    const withdrawn = await sanne.request<PortalSharing>(
      'PUT',
      `/api/v1/portal/cases/${file.caseId}/sharing/${orgId}`,
      { agreement: 'withdrawn' },
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.shares[0]?.agreement).toBe('withdrawn');
    // At once: Kato of Kind en Gezin no longer reaches the file; Mira is told.
    expect((await kato.request('GET', url)).status).toBe(404);
    expect((await kato.request('GET', `${url}/plan`)).status).toBe(404);
    const notices = await mira.request<{ kind: string; params: Record<string, unknown> }[]>(
      'GET',
      '/api/v1/notifications',
    );
    expect(notices.body.find((n) => n.kind === 'family_agreement_changed')?.params).toMatchObject({
      agreement: 'withdrawn',
      organization: 'Kind en Gezin (Opgroeien)',
      by: 'Sanne',
    });
    const given = await sanne.request<PortalSharing>(
      'PUT',
      `/api/v1/portal/cases/${file.caseId}/sharing/${orgId}`,
      { agreement: 'given' },
    );
    expect(given.body.shares[0]?.agreement).toBe('given');
    expect((await kato.request('GET', url)).status).toBe(200);
    // An organisation that does not share in the file is not the family's to add.
    const third = await sanne.request<ErrorBody>(
      'PUT',
      `/api/v1/portal/cases/${file.caseId}/sharing/${file.ocjId.replace(/.$/, (c) => (c === '0' ? '1' : '0'))}`,
      { agreement: 'given' },
    );
    expect(third.status).toBe(404);
    expect(third.body.error.reason).toBe('no_such_share');
  });

  it('shows who looked at our file, in plain words, with the reason of an emergency look', async () => {
    const mira = await file.signedIn(file.mira);
    expect((await mira.request('GET', url)).status).toBe(200);
    const looks = await sanne.request<{ looks: PortalLook[] }>(
      'GET',
      `/api/v1/portal/cases/${file.caseId}/looks`,
    );
    expect(looks.status).toBe(200);
    const miras = looks.body.looks.filter((l) => l.who === 'Mira Claes');
    expect(miras.length).toBeGreaterThan(0);
    expect(miras[0]).toMatchObject({ role: 'case_coordinator', what: 'read' });
    expect(miras.some((l) => l.organization !== null)).toBe(true);
    // Her own looks are not listed; Tom's are.
    expect(looks.body.looks.some((l) => l.who === 'Sanne')).toBe(false);
    expect(looks.body.looks.some((l) => l.who === 'Tom')).toBe(true);
    // Reading the trail is on the trail.
    const trail = await mira.request<{ userName: string | null; action: string }[]>(
      'GET',
      `${url}/audit`,
    );
    expect(trail.body.some((e) => e.userName === 'Sanne' && e.action === 'read_audit')).toBe(true);
    // Professionals read the trail in the case, not through the family's page.
    expect((await mira.request('GET', `/api/v1/portal/cases/${file.caseId}/looks`)).status).toBe(
      403,
    );
  });

  it('keeps a parent’s own 0–10 score as theirs, next to the professionals’ scores', async () => {
    const mira = await file.signedIn(file.mira);
    expect(
      (
        await mira.request('POST', `${url}/scores`, {
          score: 4,
          scorer: { kind: 'self' },
          note: 'Nog veel spanning.',
        })
      ).status,
    ).toBe(201);
    const outOfScale = await sanne.request<ErrorBody>(
      'POST',
      `/api/v1/portal/cases/${file.caseId}/scores`,
      { score: 11 },
    );
    expect(outOfScale.status).toBe(400);
    const given = await sanne.request<{ scorerName: string; scorerKind: string; score: number }>(
      'POST',
      `/api/v1/portal/cases/${file.caseId}/scores`,
      { score: 6, note: 'Het gaat beter sinds de buurvrouw helpt.' },
    );
    expect(given.status, JSON.stringify(given.body)).toBe(201);
    expect(given.body).toMatchObject({
      scorerName: 'Sanne',
      scorerKind: 'family_member',
      score: 6,
    });
    const { body } = await mira.request<{
      scores: { scorerName: string; scorerKind: string; score: number; note: string }[];
    }>('GET', `${url}/scores`);
    expect(body.scores.map((s) => [s.scorerName, s.scorerKind, s.score])).toEqual(
      expect.arrayContaining([
        ['Mira Claes', 'professional', 4],
        ['Sanne', 'family_member', 6],
      ]),
    );
    // A professional does not give the family's score through the family's page.
    expect(
      (await mira.request('POST', `/api/v1/portal/cases/${file.caseId}/scores`, { score: 9 }))
        .status,
    ).toBe(404);
  });

  it('shows our next care table, with its calendar file, in the family’s words', async () => {
    const mira = await file.signedIn(file.mira);
    await mira.request('POST', `/api/v1/referrals/${file.referralId}/care-table`, {
      moment: 'parents_agreed',
    });
    const tomorrow = new Date(t.now.value.getTime() + 24 * 3600_000);
    const planned = await mira.request<{ id: string }>('POST', `${url}/care-tables`, {
      purpose: 'Samen afspreken hoe het thuis rustiger wordt.',
      startsAt: tomorrow.toISOString(),
      place: { kind: 'home' },
      participants: [
        { id: 'p-sanne', kind: 'parent', name: 'Sanne', email: 'sanne@example.be', memberId: 'p1' },
      ],
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const ours = await sanne.request<PortalPlan>('GET', `/api/v1/portal/cases/${file.caseId}/plan`);
    expect(ours.body.nextMeeting).toMatchObject({
      id: planned.body.id,
      place: 'Bij jullie thuis',
      purpose: 'Samen afspreken hoe het thuis rustiger wordt.',
    });
    // Sanne prepares it: what she wants to talk about goes on the agenda, as hers.
    const wish = await sanne.request<{ agenda: string[] }>(
      'POST',
      `/api/v1/portal/cases/${file.caseId}/care-tables/${planned.body.id}/agenda`,
      { text: 'Hoe het met de school van Lina gaat.' },
    );
    expect(wish.status, JSON.stringify(wish.body)).toBe(201);
    expect(wish.body.agenda).toContain('Sanne: Hoe het met de school van Lina gaat.');
    expect(
      (
        await mira.request(
          'POST',
          `/api/v1/portal/cases/${file.caseId}/care-tables/${planned.body.id}/agenda`,
          {
            text: 'Namens het gezin.',
          },
        )
      ).status,
    ).toBe(404);
    const ics = await sanne.raw('GET', `${url}/care-tables/${planned.body.id}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('Bij jullie thuis');
  });

  it('carries messages between the family and its contact person, each side told', async () => {
    const empty = await sanne.request<{ messages: unknown[] }>(
      'GET',
      `/api/v1/portal/cases/${file.caseId}/messages`,
    );
    expect(empty.body.messages).toEqual([]);
    const blank = await sanne.request<ErrorBody>(
      'POST',
      `/api/v1/portal/cases/${file.caseId}/messages`,
      { text: '  ' },
    );
    expect(blank.status).toBe(400);
    const sent = await sanne.request<{ messages: { text: string; mine: boolean }[] }>(
      'POST',
      `/api/v1/portal/cases/${file.caseId}/messages`,
      { text: 'Kan het huisbezoek volgende week op dinsdag?' },
    );
    expect(sent.status).toBe(201);
    expect(sent.body.messages).toEqual([
      expect.objectContaining({ text: 'Kan het huisbezoek volgende week op dinsdag?', mine: true }),
    ]);
    const mira = await file.signedIn(file.mira);
    const notices = await mira.request<{ kind: string }[]>('GET', '/api/v1/notifications');
    expect(notices.body.some((n) => n.kind === 'family_message')).toBe(true);
    const answered = await mira.request<{
      messages: { fromName: string; fromFamily: boolean; mine: boolean }[];
    }>('POST', `${url}/family-messages`, { text: 'Dinsdag om 10 uur is goed.' });
    expect(answered.status).toBe(201);
    expect(answered.body.messages.map((m) => [m.fromName, m.fromFamily, m.mine])).toEqual([
      ['Sanne', true, false],
      ['Mira Claes', false, true],
    ]);
    const told = await sanne.request<{ kind: string }[]>('GET', '/api/v1/notifications');
    expect(told.body.some((n) => n.kind === 'contact_message')).toBe(true);
    // Each side writes through its own door.
    expect(
      (await sanne.request('POST', `${url}/family-messages`, { text: 'Als team?' })).status,
    ).toBe(404);
    expect(
      (
        await mira.request('POST', `/api/v1/portal/cases/${file.caseId}/messages`, {
          text: 'Als gezin?',
        })
      ).status,
    ).toBe(404);
  });

  it('gives the family all its data in one readable file, without what is kept from them', async () => {
    const taken = await sanne.raw('GET', `/api/v1/portal/cases/${file.caseId}/our-data.json`);
    expect(taken.status).toBe(200);
    expect(String(taken.headers['content-disposition'])).toContain('onze-gegevens.json');
    const data = JSON.parse(taken.body) as {
      family: { calledName: string };
      planVersions: { content: { goals: { id: string }[] } }[];
      looks: { who: string | null }[];
      sharedWith: { organization: string; agreement: string }[];
    };
    expect(data.family.calledName).toBe('Sanne en Tom');
    const goals = new Set(data.planVersions.flatMap((v) => v.content.goals.map((g) => g.id)));
    expect(goals.has('gezin-ontbijt')).toBe(true);
    expect(goals.has('g-team')).toBe(false);
    expect(taken.body).not.toContain('Nagaan of er geweld is');
    expect(taken.body).not.toContain('Huisbezoek met Tom erbij');
    expect(data.looks.some((l) => l.who === 'Mira Claes')).toBe(true);
    expect(data.sharedWith).toEqual([
      expect.objectContaining({ organization: 'Kind en Gezin (Opgroeien)', agreement: 'given' }),
    ]);
    const mira = await file.signedIn(file.mira);
    const trail = await mira.request<{ userName: string | null; action: string }[]>(
      'GET',
      `${url}/audit`,
    );
    expect(trail.body.some((e) => e.userName === 'Sanne' && e.action === 'export')).toBe(true);

    // The same, as a page to read and print: headings in plain words, nothing kept from her.
    const page = await sanne.raw('GET', `/api/v1/portal/cases/${file.caseId}/our-data.html`);
    expect(page.status).toBe(200);
    expect(String(page.headers['content-type'])).toMatch(/text\/html/);
    expect(page.body).toContain('<h2>Jullie gezin</h2>');
    expect(page.body).toContain('<h2>Wie keek naar jullie dossier</h2>');
    expect(page.body).toContain('Sanne en Tom');
    expect(page.body).not.toContain('Nagaan of er geweld is');
    expect(page.body).not.toContain('Huisbezoek met Tom erbij');
    expect(page.body).not.toMatch(/<script/i);
  });

  it('refuses a passkey answer that does not verify, uses each challenge once, and knows no stray passkey', async () => {
    const mira = await file.signedIn(file.mira);
    const family = await mira.request<CaseFamily>('GET', `${url}/family`);
    await mira.request('PUT', `${url}/family`, {
      version: family.body.version,
      family: {
        ...family.body.family,
        members: [
          ...family.body.family.members,
          { kind: 'adult', id: 'p3', name: 'Rita', role: 'other' },
        ],
      },
    });
    await mira.request('POST', `${url}/parents`, { memberId: 'p3', email: 'rita@example.be' });
    const { token } = await invitationLink('rita@example.be');
    const rita = new Agent(t.app, t.now, '10.61.3.1');
    const started = await rita.request<{
      challengeId: string;
      options: { challenge: string; rp: { id: string }; user: { name: string } };
    }>('POST', `/api/v1/invitations/${token}/passkey-options`);
    expect(started.status).toBe(200);
    expect(started.body.options.user.name).toBe('rita@example.be');
    expect(started.body.options.rp.id).toBe('localhost');
    const forged = {
      challengeId: started.body.challengeId,
      response: {
        id: 'ZmFrZQ',
        rawId: 'ZmFrZQ',
        type: 'public-key',
        response: { clientDataJSON: 'e30', attestationObject: 'oA' },
        clientExtensionResults: {},
      },
    };
    const refused = await rita.request<ErrorBody>(
      'POST',
      `/api/v1/invitations/${token}/accept-passkey`,
      forged,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.reason).toBe('passkey_failed');
    // Nothing was accepted: the link still works, with a password too; the challenge is spent.
    const again = await rita.request<ErrorBody>(
      'POST',
      `/api/v1/invitations/${token}/accept-passkey`,
      forged,
    );
    expect(again.status).toBe(409);
    expect((await rita.request('GET', `/api/v1/invitations/${token}`)).status).toBe(200);

    const signIn = await rita.request<{ challengeId: string }>(
      'POST',
      '/api/v1/auth/passkey/options',
    );
    const stray = await rita.request<ErrorBody>('POST', '/api/v1/auth/passkey/sign-in', {
      challengeId: signIn.body.challengeId,
      response: { id: 'bm9ib2R5', rawId: 'bm9ib2R5', type: 'public-key', response: {} },
    });
    expect(stray.status).toBe(401);
    expect(stray.body.error.reason).toBe('passkey_failed');
  });

  it('never opens another family to a parent, and audits every portal read', async () => {
    const other = await anotherCase(file, 'Yasmina');
    for (const path of [`/api/v1/portal/cases/${other}/plan`, `/api/v1/cases/${other}/plan`]) {
      const answer = await sanne.request<ErrorBody>('GET', path);
      expect(answer.status).toBe(404);
    }
    const write = await sanne.request('POST', `/api/v1/portal/cases/${other}/goals`, {
      goalId: 'gezin-x',
      text: 'Een doel bij een ander gezin.',
      priority: 'low',
      domains: [],
    });
    expect(write.status).toBe(404);
    const families = await sanne.request<{ families: { caseId: string }[] }>(
      'GET',
      '/api/v1/portal/families',
    );
    expect(families.body.families.map((f) => f.caseId)).toEqual([file.caseId]);
    const mira = await file.signedIn(file.mira);
    const trail = await mira.request<{ userName: string | null; role: string | null }[]>(
      'GET',
      `${url}/audit`,
    );
    expect(trail.status).toBe(200);
    expect(trail.body.some((e) => e.userName === 'Sanne' && e.role === 'parent')).toBe(true);
  });

  it('lets the family agree or disagree with an agreement of the care table, in its own words', async () => {
    const mira = await file.signedIn(file.mira);
    const { body: meetings } = await mira.request<MeetingView[]>('GET', `${url}/care-tables`);
    const planned = meetings.find((m) => m.status === 'planned');
    if (planned === undefined) throw new Error('no planned care table');
    // The care table is held, with an agreement; a day has passed.
    t.now.value = new Date(new Date(planned.content.startsAt).getTime() + 2 * 3600_000);
    const later = await file.signedIn(file.mira);
    const held = await later.request<MeetingView>(
      'POST',
      `${url}/care-tables/${planned.id}/status`,
      { version: planned.version, to: 'held' },
    );
    expect(held.status).toBe(200);
    const withAgreement = await later.request<MeetingView>(
      'PUT',
      `${url}/care-tables/${planned.id}`,
      {
        version: held.body.version,
        content: {
          ...held.body.content,
          agreements: [{ id: 'a-1', text: 'Tom komt elke dinsdag de kinderen halen.' }],
        },
      },
    );
    expect(withAgreement.status).toBe(200);
    // Sanne signs in again (a day later her session has ended): password, then the e-mailed code.
    const parent = new Agent(t.app, t.now, '10.61.4.1');
    await parent.request('POST', '/api/v1/auth/login', {
      email: 'sanne@example.be',
      password: PARENT_PASSWORD,
    });
    await parent.request('POST', '/api/v1/auth/second-factor', {
      code: await signInCode('sanne@example.be'),
    });
    const ours = await parent.request<PortalPlan>(
      'GET',
      `/api/v1/portal/cases/${file.caseId}/plan`,
    );
    expect(ours.body.agreements).toEqual([
      expect.objectContaining({ agreementId: 'a-1', answer: null }),
    ]);
    const answered = await parent.request<PortalPlan['agreements']>(
      'PUT',
      `/api/v1/portal/cases/${file.caseId}/care-tables/${planned.id}/agreements/a-1`,
      { agreed: false, comment: 'Liever op woensdag, dan werk ik thuis.' },
    );
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body[0]?.answer).toEqual({
      agreed: false,
      comment: 'Liever op woensdag, dan werk ik thuis.',
    });
    const { body: after } = await later.request<MeetingView[]>('GET', `${url}/care-tables`);
    const seen = after.find((m) => m.id === planned.id);
    if (seen === undefined) throw new Error('the care table is gone');
    expect(seen.content.agreements[0]?.confirmations).toEqual([
      expect.objectContaining({ memberId: 'p1', agreed: false, recordedBy: 'Sanne' }),
    ]);
    const unknown = await parent.request<ErrorBody>(
      'PUT',
      `/api/v1/portal/cases/${file.caseId}/care-tables/${planned.id}/agreements/a-9`,
      { agreed: true },
    );
    expect(unknown.status).toBe(404);
  });
});
