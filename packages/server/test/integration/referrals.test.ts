/**
 * A professional refers a pregnant woman in Hasselt to Veilig van in de buik; the referral goes
 * to the coordinator on duty, who accepts it within the deadline; the referrer sees the status and
 * the one contact person. Also: incomplete and ineligible referrals, the Parket rule, lifecycle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations } from '../../src/platform/db/schema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, signedInAgent, type Person } from '../support/people.ts';
import { referralContent } from '../support/referralFixture.ts';

type Referral = {
  id: string;
  status: string;
  routedTo: string | null;
  assignedTo: { displayName: string } | null;
  caseId: string | null;
  flaggedIneligible: boolean;
  deadlines: { id: string; dueAt: string; metAt: string | null; overdue: boolean }[];
};
type ErrorBody = { error: { code: string; message: string; fields?: { field: string }[] } };

const content = referralContent('pregnancy', {
  street: 'Demerstraat 1',
  behaviour: 'Dagelijks middelengebruik tijdens de zwangerschap; prenatale consulten gemist.',
  concern: {
    severity: 'Ernstig',
    frequency: 'Dagelijks',
    impactOnChild: 'Risico voor de ongeboren baby.',
    strengths: 'Grootmoeder is betrokken.',
    safetyPresent: 'Vroedvrouw komt wekelijks.',
    minimallyNeeded: 'Prenatale opvolging en een veilige plek na de geboorte.',
    regularHelpTried: 'Kind en Gezin, vroedvrouw.',
  },
});

describe.each(storageModes)('referrals on %s', (mode) => {
  let t: TestApp;
  let referrer: Person;
  let mira: Person;
  let ilse: Person;
  let stranger: Person;
  const later = (ms: number) => {
    t.now.value = new Date(t.now.value.getTime() + ms);
  };
  const agentFor = (person: Person, ip: string) => signedInAgent(t, person, ip);

  beforeAll(async () => {
    // Monday 23 November 2026, 10:00 in Brussels: Mira Claes is on duty (9–12).
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    const org = async (key: string) => {
      const [o] = await t.database.db
        .select()
        .from(organizations)
        .where(eq(organizations.key, key));
      if (o === undefined) throw new Error(`no organisation ${key}`);
      return o.id;
    };
    const kindEnGezin = await org('kind-en-gezin');
    const ocj = await org('ocj-limburg');
    referrer = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: kindEnGezin,
      name: 'Kato Verpleeg',
      now: t.now.value,
    });
    mira = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: ocj,
      name: 'Mira Claes',
      now: t.now.value,
    });
    ilse = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: ocj,
      name: 'Ilse Vermeulen',
      now: t.now.value,
    });
    stranger = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: kindEnGezin,
      name: 'Sven Elders',
      now: t.now.value,
    });
    // The roster names the coordinators by the e-mail address of their account.
    const { users } = await import('../../src/platform/db/identitySchema.ts');
    await t.database.db
      .update(users)
      .set({ email: 'mira.claes@zorggarantie-limburg.example.be' })
      .where(eq(users.id, mira.id));
    mira.email = 'mira.claes@zorggarantie-limburg.example.be';
    await t.database.db
      .update(users)
      .set({ email: 'ilse.vermeulen@zorggarantie-limburg.example.be' })
      .where(eq(users.id, ilse.id));
    ilse.email = 'ilse.vermeulen@zorggarantie-limburg.example.be';
  });
  afterAll(() => closeTestApp(t));

  it('explains eligibility per rule while typing', async () => {
    const agent = new Agent(t.app, t.now, '10.3.0.1');
    const answer = await agent.request<{
      eligible: boolean | null;
      rules: { rule: string; status: string; explanation: { nl: string } }[];
      searchAge: number | 'pregnant' | null;
    }>('POST', '/api/v1/programmes/zorggarantie-limburg/eligibility', {
      child: { born: true, name: '', birthDate: '2023-09-10' },
      postalCode: '3500',
      situations: ['unsafe-now'],
      conditions: ['minimal-willingness'],
    });
    expect(answer.body.eligible).toBe(false);
    expect(answer.body.rules[0]?.explanation.nl).toBe(
      'Het kind is 3 jaar en 2 maanden: dit programma is voor kinderen tot hun 3de verjaardag.',
    );
    expect(answer.body.searchAge).toBe(38);
  });

  it('goes from draft to the coordinator on duty, who accepts in time; the referrer sees the contact person', async () => {
    const kato = await agentFor(referrer, '10.3.0.2');
    const draft = await kato.request<Referral>('POST', '/api/v1/referrals', {
      programmeKey: 'veilig-van-in-de-buik-limburg',
    });
    expect(draft.status).toBe(201);
    // A child whose date is not typed yet is kept in the draft, and named when sending.
    const undated = await kato.request('PUT', `/api/v1/referrals/${draft.body.id}/draft`, {
      family: { children: [{ born: true, name: 'Mo', birthDate: '' }] },
    });
    expect(undated.status).toBe(200);
    const early = await kato.request<ErrorBody>('POST', `/api/v1/referrals/${draft.body.id}/send`);
    expect(early.status).toBe(400);
    expect(early.body.error.fields?.map((f) => f.field)).toEqual(
      expect.arrayContaining([
        'family.children',
        'family.postalCode',
        'discussedWithParents',
        'checklist.team-decision',
      ]),
    );
    // A postal code of four digits that does not exist is named as such, not as "missing".
    const nowhere = { ...content, family: { ...content.family, postalCode: '0000' } };
    expect(
      (await kato.request('PUT', `/api/v1/referrals/${draft.body.id}/draft`, nowhere)).status,
    ).toBe(200);
    const unknownPlace = await kato.request<
      ErrorBody & { error: { fields?: { reason?: string }[] } }
    >('POST', `/api/v1/referrals/${draft.body.id}/send`);
    expect(unknownPlace.status).toBe(400);
    expect(unknownPlace.body.error.fields).toEqual([
      expect.objectContaining({ field: 'family.postalCode', reason: 'unknown_postcode' }),
    ]);
    // A due date long past cannot be right: refused at the child's date, with its reason.
    const pastDue = {
      ...content,
      family: { ...content.family, children: [{ born: false, dueDate: '2020-01-01' }] },
    };
    await kato.request('PUT', `/api/v1/referrals/${draft.body.id}/draft`, pastDue);
    const impossible = await kato.request<
      ErrorBody & { error: { fields?: { reason?: string }[] } }
    >('POST', `/api/v1/referrals/${draft.body.id}/send`);
    expect(impossible.status).toBe(400);
    expect(impossible.body.error.fields).toEqual([
      expect.objectContaining({ field: 'family.children.0.dueDate', reason: 'due_date_past' }),
    ]);
    expect(
      (await kato.request('PUT', `/api/v1/referrals/${draft.body.id}/draft`, content)).status,
    ).toBe(200);
    const sent = await kato.request<Referral>('POST', `/api/v1/referrals/${draft.body.id}/send`);
    expect(sent.body).toMatchObject({
      status: 'requested',
      routedTo: 'coordinator',
      assignedTo: { displayName: 'Mira Claes' },
      flaggedIneligible: false,
      viewerSides: ['referrer'],
    });
    const feedback = sent.body.deadlines.find((d) => d.id === 'feedback');
    expect(feedback?.dueAt).toBe(new Date(t.now.value.getTime() + 24 * 3600_000).toISOString());

    // Sent is sent: the referrer hears why a change is refused, not that the referral is gone.
    const lateEdit = await kato.request<ErrorBody>(
      'PUT',
      `/api/v1/referrals/${draft.body.id}/draft`,
      content,
    );
    expect(lateEdit.status).toBe(409);
    expect(lateEdit.body.error.message).toMatch(/already been sent/);
    expect((lateEdit.body.error as { reason?: string }).reason).toBe('already_sent');
    expect((await kato.request('POST', `/api/v1/referrals/${draft.body.id}/send`)).status).toBe(
      409,
    );
    const refused = await t.database.executeSql(
      "SELECT details->>'referralAction' AS step FROM audit_events WHERE outcome = 'conflict' AND subject_id = $1",
      [draft.body.id],
    );
    expect((refused.rows as { step: string }[]).map((r) => r.step).sort()).toEqual([
      'edit_draft',
      'send',
    ]);

    const stranglerAgent = await agentFor(stranger, '10.3.0.3');
    expect((await stranglerAgent.request('GET', `/api/v1/referrals/${draft.body.id}`)).status).toBe(
      404,
    );

    const miraAgent = await agentFor(mira, '10.3.0.4');
    const inbox = await miraAgent.request<Referral[]>('GET', '/api/v1/referrals/inbox');
    expect(inbox.body.map((r) => r.id)).toContain(draft.body.id);
    const parket = await miraAgent.request<ErrorBody>(
      'POST',
      `/api/v1/referrals/${draft.body.id}/prosecutor`,
      { note: '' },
    );
    expect(parket.status).toBe(409);
    expect(parket.body.error.message).toMatch(/only once the child is born/);

    const wrongStep = await kato.request<ErrorBody>(
      'POST',
      `/api/v1/referrals/${draft.body.id}/status`,
      { to: 'accepted' },
    );
    expect(wrongStep.status).toBe(409);

    later(2 * 3600_000);
    // Two hours later both sessions have ended (30 minutes idle): sign in again.
    const miraAgain = await agentFor(mira, '10.3.0.7');
    const accepted = await miraAgain.request<Referral>(
      'POST',
      `/api/v1/referrals/${draft.body.id}/status`,
      { to: 'accepted', feedback: 'Ik neem contact op met Sanne en haar vroedvrouw.' },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.caseId).toMatch(/^[0-9a-f-]{36}$/);

    const katoAgain = await agentFor(referrer, '10.3.0.8');
    const seen = await katoAgain.request<Referral & { feedback: string }>(
      'GET',
      `/api/v1/referrals/${draft.body.id}`,
    );
    expect(seen.body).toMatchObject({
      status: 'accepted',
      assignedTo: { displayName: 'Mira Claes' },
      feedback: 'Ik neem contact op met Sanne en haar vroedvrouw.',
    });
    // Messages are a thread: a reply and a second message keep the first, each with who and when.
    type Thread = { messages: { by: string; side: string; text: string; at: string }[] };
    expect(
      (
        await katoAgain.request('POST', `/api/v1/referrals/${draft.body.id}/messages`, {
          text: 'Sanne is maandag thuis na de middag.',
        })
      ).status,
    ).toBe(201);
    later(60_000);
    expect(
      (
        await miraAgain.request('POST', `/api/v1/referrals/${draft.body.id}/messages`, {
          text: 'Ik ga maandag om 14 uur langs.',
        })
      ).status,
    ).toBe(201);
    const empty = await miraAgain.request<ErrorBody>(
      'POST',
      `/api/v1/referrals/${draft.body.id}/messages`,
      { text: '   ' },
    );
    expect(empty.status).toBe(400);
    const thread = await katoAgain.request<Thread>('GET', `/api/v1/referrals/${draft.body.id}`);
    expect(thread.body.messages.map((m) => [m.by, m.side, m.text])).toEqual([
      ['Mira Claes', 'receiver', 'Ik neem contact op met Sanne en haar vroedvrouw.'],
      ['Kato Verpleeg', 'referrer', 'Sanne is maandag thuis na de middag.'],
      ['Mira Claes', 'receiver', 'Ik ga maandag om 14 uur langs.'],
    ]);
    expect(new Set(thread.body.messages.map((m) => m.at)).size).toBe(3);
    expect(seen.body.deadlines.find((d) => d.id === 'feedback')).toMatchObject({ overdue: false });
    expect(seen.body.deadlines.find((d) => d.id === 'feedback')?.metAt).toMatch(
      /^\d{4}-\d\d-\d\dT/,
    );
    const status = await katoAgain.request<{
      contactPerson: { displayName: string };
      messages: { text: string }[];
    }>('GET', `/api/v1/cases/${accepted.body.caseId ?? ''}/referral`);
    expect(status.body.contactPerson.displayName).toBe('Mira Claes');
    // The case's referral status carries the whole thread, not only the last word.
    expect(status.body.messages.map((m) => m.text)).toEqual(
      thread.body.messages.map((m) => m.text),
    );
    expect(
      (await katoAgain.request('GET', `/api/v1/cases/${accepted.body.caseId ?? ''}`)).status,
    ).toBe(404);
    // Mira hands the case over to Ilse: the referrer's contact person changes with it.
    const handover = await miraAgain.request(
      'POST',
      `/api/v1/cases/${accepted.body.caseId ?? ''}/handover`,
      { toUserId: ilse.id },
    );
    expect(handover.status).toBe(200);
    const afterHandover = await katoAgain.request<{ contactPerson: { displayName: string } }>(
      'GET',
      `/api/v1/cases/${accepted.body.caseId ?? ''}/referral`,
    );
    expect(afterHandover.body.contactPerson.displayName).toBe('Ilse Vermeulen');
    const notBack = await miraAgain.request(
      'POST',
      `/api/v1/cases/${accepted.body.caseId ?? ''}/handover`,
      { toUserId: mira.id },
    );
    expect(notBack.status).toBe(404);
    const notices = await katoAgain.request<{ kind: string }[]>('GET', '/api/v1/notifications');
    expect(notices.body.map((n) => n.kind)).toContain('referral_status');
  });

  it('routes to the duty line in the afternoon, flags an ineligible referral sent with a justification', async () => {
    later(4 * 3600_000); // Monday about 16:00 in Brussels: the general duty line
    const kato = await agentFor(referrer, '10.3.0.5');
    const draft = await kato.request<Referral>('POST', '/api/v1/referrals', {
      programmeKey: 'veilig-van-in-de-buik-limburg',
    });
    const gent = { ...content, family: { ...content.family, postalCode: '9000' } };
    await kato.request('PUT', `/api/v1/referrals/${draft.body.id}/draft`, gent);
    const refused = await kato.request<ErrorBody>(
      'POST',
      `/api/v1/referrals/${draft.body.id}/send`,
    );
    expect(refused.body.error.message).toMatch(/Explain why you refer anyway/);
    await kato.request('PUT', `/api/v1/referrals/${draft.body.id}/draft`, {
      ...gent,
      ineligibleJustification: 'Het gezin verhuist volgende maand naar Hasselt.',
    });
    const sent = await kato.request<Referral>('POST', `/api/v1/referrals/${draft.body.id}/send`);
    expect(sent.body).toMatchObject({
      status: 'requested',
      routedTo: 'duty_line',
      assignedTo: null,
      flaggedIneligible: true,
      dutyLine: {
        name: 'Jeugdhulpregie — algemene permanentie ACT',
        contacts: [{ kind: 'phone', value: '011 30 31 40' }],
      },
    });
    const ilseAgent = await agentFor(ilse, '10.3.0.6');
    const inbox = await ilseAgent.request<Referral[]>('GET', '/api/v1/referrals/inbox');
    expect(inbox.body.find((r) => r.id === draft.body.id)).toBeDefined();
    const rejected = await ilseAgent.request<ErrorBody>(
      'POST',
      `/api/v1/referrals/${draft.body.id}/status`,
      { to: 'rejected' },
    );
    expect(rejected.body.error.message).toBe('Choose a reason for this step.');
    const redirected = await ilseAgent.request<Referral>(
      'POST',
      `/api/v1/referrals/${draft.body.id}/status`,
      {
        to: 'rejected',
        reason: 'redirected_to_regular_help',
        feedback: 'In Gent: Huis van het Kind Gent.',
      },
    );
    expect(redirected.body.status).toBe('rejected');
    later(25 * 3600_000);
    const katoTomorrow = await agentFor(referrer, '10.3.0.9');
    const mine = await katoTomorrow.request<Referral[]>('GET', '/api/v1/referrals/mine');
    expect(mine.body.find((r) => r.id === draft.body.id)?.status).toBe('rejected');
  });

  it("lets the coordinator register a referral received by phone in the referrer's name", async () => {
    const miraAgent = await agentFor(mira, '10.3.2.1');
    const unknown = await miraAgent.request<ErrorBody>('POST', '/api/v1/referrals', {
      programmeKey: 'veilig-van-in-de-buik-limburg',
      onBehalfOfEmail: 'niemand@voorbeeld.be',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields?.[0]?.field ?? unknown.body.error.message).toMatch(
      /onBehalfOfEmail|no active account/,
    );
    const notReceiver = await (
      await agentFor(stranger, '10.3.2.2')
    ).request<ErrorBody>('POST', '/api/v1/referrals', {
      programmeKey: 'veilig-van-in-de-buik-limburg',
      onBehalfOfEmail: referrer.email,
    });
    expect(notReceiver.status).toBe(403);

    const byPhone = await miraAgent.request<Referral & { registeredBy: { displayName: string } }>(
      'POST',
      '/api/v1/referrals',
      {
        programmeKey: 'veilig-van-in-de-buik-limburg',
        onBehalfOfEmail: referrer.email.toUpperCase(),
        content,
      },
    );
    expect(byPhone.status).toBe(201);
    expect(byPhone.body).toMatchObject({
      referrer: { displayName: 'Kato Verpleeg' },
      registeredBy: { displayName: 'Mira Claes' },
      // She registered it and her organisation receives it: both sides' steps are hers.
      viewerSides: ['referrer', 'receiver'],
    });
    const sent = await miraAgent.request<Referral>(
      'POST',
      `/api/v1/referrals/${byPhone.body.id}/send`,
    );
    expect(sent.body.status).toBe('requested');
    const kato = await agentFor(referrer, '10.3.2.3');
    const mine = await kato.request<Referral[]>('GET', '/api/v1/referrals/mine');
    expect(mine.body.map((r) => r.id)).toContain(byPhone.body.id);
    const audit = await t.database.executeSql(
      "SELECT user_name, details->>'onBehalfOf' AS referrer FROM audit_events WHERE action = 'create' AND subject_id = $1",
      [byPhone.body.id],
    );
    expect(audit.rows).toEqual([{ user_name: 'Mira Claes', referrer: referrer.id }]);
  });

  it('refers warmly to one service: its organisation receives it and the form names the service', async () => {
    const [service] = (
      await t.database.executeSql(
        "SELECT s.id, s.name FROM services s JOIN organizations o ON o.id = s.organization_id WHERE o.key = 'kind-en-gezin' ORDER BY s.name LIMIT 1",
        [],
      )
    ).rows as { id: string; name: string }[];
    if (service === undefined) throw new Error('no Kind en Gezin service in the demo data');
    const miraAgent = await agentFor(mira, '10.3.3.1');
    const warm = await miraAgent.request<Referral & { serviceName: string | null }>(
      'POST',
      '/api/v1/referrals',
      { serviceId: service.id, content },
    );
    expect(warm.status).toBe(201);
    expect(warm.body).toMatchObject({ programmeKey: null, serviceName: service.name });
    const sent = await miraAgent.request<Referral>(
      'POST',
      `/api/v1/referrals/${warm.body.id}/send`,
    );
    expect(sent.status).toBe(200);
    const receiving = await agentFor(stranger, '10.3.3.2');
    const inbox = await receiving.request<Referral[]>('GET', '/api/v1/referrals/inbox');
    expect(inbox.body.map((r) => r.id)).toContain(warm.body.id);
  });

  it('keeps attachments encrypted at rest, within limits, and audits each download', async () => {
    later(31_000);
    const kato = await agentFor(referrer, '10.3.1.1');
    const draft = await kato.request<Referral>('POST', '/api/v1/referrals', {
      programmeKey: 'veilig-van-in-de-buik-limburg',
      content,
    });
    const pdf = Buffer.from('%PDF-1.4 geheim-verslag van de vroedvrouw');
    const upload = (body: Buffer, type: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/referrals/${draft.body.id}/attachments`,
        payload: body,
        remoteAddress: '10.3.1.1',
        headers: {
          'content-type': type,
          'x-file-name': encodeURIComponent('verslag vroedvrouw.pdf'),
          cookie: `omringd_session=${kato.cookie ?? ''}`,
          'x-csrf-token': kato.csrf ?? '',
        },
      });
    const stored = await upload(pdf, 'application/pdf');
    expect(stored.statusCode).toBe(201);
    const attachment = stored.json<{ id: string; fileName: string }>();
    expect(attachment.fileName).toBe('verslag vroedvrouw.pdf');
    expect((await upload(Buffer.from('PK zip'), 'application/zip')).statusCode).toBe(415);
    expect((await upload(Buffer.alloc(10 * 1024 * 1024 + 1), 'application/pdf')).statusCode).toBe(
      413,
    );
    const raw = await t.database.executeSql(
      'SELECT ciphertext FROM referral_attachments WHERE id = $1',
      [attachment.id],
    );
    const ciphertext = Buffer.from((raw.rows[0] as { ciphertext: Uint8Array }).ciphertext);
    expect(ciphertext.includes(Buffer.from('geheim-verslag'))).toBe(false);

    await kato.request('POST', `/api/v1/referrals/${draft.body.id}/send`);
    const miraAgent = await agentFor(mira, '10.3.1.2');
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/referrals/${draft.body.id}/attachments/${attachment.id}`,
      remoteAddress: '10.3.1.2',
      headers: { cookie: `omringd_session=${miraAgent.cookie ?? ''}` },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain('verslag%20vroedvrouw.pdf');
    const audit = await t.database.executeSql(
      "SELECT user_name FROM audit_events WHERE action = 'export' AND subject_id = $1",
      [attachment.id],
    );
    expect(audit.rows).toEqual([{ user_name: 'Mira Claes' }]);
    const strangerAgent = await agentFor(stranger, '10.3.1.3');
    const denied = await t.app.inject({
      method: 'GET',
      url: `/api/v1/referrals/${draft.body.id}/attachments/${attachment.id}`,
      remoteAddress: '10.3.1.3',
      headers: { cookie: `omringd_session=${strangerAgent.cookie ?? ''}` },
    });
    expect(denied.statusCode).toBe(404);
  });
});
