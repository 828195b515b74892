/**
 * The care table of a Zorggarantie case: planned near the parents with the people the family
 * agreed to involve (a "no" is refused), invitations in the outbox with an iCalendar REQUEST
 * (stable UID, SEQUENCE raised on every change, CANCEL on cancellation), a stale save refused,
 * recorded as held (which meets the 48-hour service level), agreements confirmed by the parents
 * with who and when as the server saw it — on both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, like } from 'drizzle-orm';
import type { MeetingView } from '@omringd/core';
import { outboxEmails } from '../../src/platform/db/identitySchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';

type ErrorBody = { error: { code: string; reason?: string; current?: MeetingView } };
const HOUR = 3_600_000;

describe.each(storageModes)('the care table on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let url = '';
  const plan = (startsAt: Date, participants: unknown[]) => ({
    purpose: 'Samen afspreken wat Lina en haar mama nodig hebben.',
    startsAt: startsAt.toISOString(),
    place: { kind: 'home' },
    participants,
    agenda: ['Wat gaat goed?', 'Wat moet er gebeuren?'],
  });
  const sanne = {
    id: 'p-sanne',
    kind: 'parent',
    name: 'Sanne',
    email: 'sanne@voorbeeld.be',
    memberId: 'p1',
    language: 'ar',
  };
  const rita = {
    id: 'p-rita',
    kind: 'network',
    name: 'Rita',
    email: 'rita@voorbeeld.be',
    networkPersonId: 'n2',
  };
  const mails = (meetingId: string) =>
    t.database.db
      .select()
      .from(outboxEmails)
      .where(like(outboxEmails.idempotencyKey, `care-table:${meetingId}:%`))
      .orderBy(asc(outboxEmails.createdAt), asc(outboxEmails.toAddress));

  beforeAll(async () => {
    // Monday 23 November 2026, 10:00 in Brussels.
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.43.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    url = `/api/v1/cases/${file.caseId}`;
    const mira = await file.signedIn(file.mira);
    const agreed = await mira.request('POST', `/api/v1/referrals/${file.referralId}/care-table`, {
      moment: 'parents_agreed',
    });
    expect(agreed.status).toBe(200);
    const { body: network } = await mira.request<{
      version: number;
      content: { people: unknown[] };
    }>('GET', `${url}/network`);
    const people = [
      ...network.content.people,
      {
        id: 'n2',
        name: 'Rita',
        relation: 'grootmoeder',
        tie: 'family',
        support: 'strong',
        involve: 'yes',
      },
      {
        id: 'n3',
        name: 'Jef',
        relation: 'buurman',
        tie: 'neighbour',
        support: 'strained',
        involve: 'no',
      },
    ];
    expect(
      (
        await mira.request('PUT', `${url}/network`, {
          version: network.version,
          content: { people },
        })
      ).status,
    ).toBe(200);
  });
  afterAll(() => closeTestApp(t));

  let meeting: MeetingView;

  it("suggests the programme's experts of the family's province, best match first", async () => {
    const mira = await file.signedIn(file.mira);
    const domains = await mira.request('PUT', `${url}/life-domains`, {
      version: 0,
      content: {
        domains: [{ key: 'housing', situation: 'De huur is opgezegd.', familyPriority: 'high' }],
      },
    });
    expect(domains.status).toBe(200);
    const experts = await mira.request<{ expert: { name: string }; matches: string[] }[]>(
      'GET',
      `${url}/care-tables/experts`,
    );
    expect(experts.status).toBe(200);
    expect(experts.body.map((e) => e.expert.name)).toEqual([
      'Koen Moens',
      'Annelies Vranken',
      'Bart Claesen',
      'Fatma Yildiz',
    ]);
    expect(experts.body[0]?.matches).toEqual(['housing']);
  });

  it('plans a care table with the parents and the people the family agreed to, and invites them', async () => {
    const mira = await file.signedIn(file.mira);
    const tomorrow = new Date(t.now.value.getTime() + 24 * HOUR);
    const jef = { id: 'p-jef', kind: 'network', name: 'Jef', networkPersonId: 'n3' };
    const refused = await mira.request<ErrorBody>(
      'POST',
      `${url}/care-tables`,
      plan(tomorrow, [jef]),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.reason).toBe('family_not_agreed');
    const stranger = { ...sanne, memberId: 'p9' };
    expect(
      (await mira.request<ErrorBody>('POST', `${url}/care-tables`, plan(tomorrow, [stranger]))).body
        .error.reason,
    ).toBe('unknown_participant');
    // An expert named from the pool must be one of the pool.
    const fake = { id: 'p-x', kind: 'expert', name: 'Nep Expert', expertId: 'geen-expert' };
    expect(
      (await mira.request<ErrorBody>('POST', `${url}/care-tables`, plan(tomorrow, [fake]))).body
        .error.reason,
    ).toBe('unknown_participant');

    const planned = await mira.request<MeetingView>(
      'POST',
      `${url}/care-tables`,
      plan(tomorrow, [
        sanne,
        rita,
        { id: 'p-mira', kind: 'coordinator', name: 'Mira Claes', email: file.mira.email },
      ]),
    );
    expect(planned.status).toBe(201);
    meeting = planned.body;
    expect(meeting).toMatchObject({ status: 'planned', version: 1, sequence: 0 });
    const sent = await mails(meeting.id);
    expect(sent.map((m) => m.toAddress).sort()).toEqual(
      [file.mira.email, 'rita@voorbeeld.be', 'sanne@voorbeeld.be'].sort(),
    );
    for (const m of sent) {
      const ics = m.attachments[0]?.content ?? '';
      expect(ics).toContain('METHOD:REQUEST');
      expect(ics).toContain(`UID:${meeting.id}`);
      expect(ics).toContain('SEQUENCE:0');
      // Nobody's invitation carries the family's address.
      expect(ics).not.toContain('Kempische');
      expect(m.bodyText).not.toContain('Kempische');
    }
    const toSanne = sent.find((m) => m.toAddress === 'sanne@voorbeeld.be');
    // Sanne reads Arabic: her invitation is in Arabic, plain, with "at your home".
    expect(toSanne?.subject).toBe('دعوة: اجتماع الرعاية');
    expect(toSanne?.attachments[0]?.content).toContain('Bij jullie thuis');
    const toRita = sent.find((m) => m.toAddress === 'rita@voorbeeld.be');
    expect(toRita?.bodyText).not.toContain('Sanne');
  });

  it('moves it: everyone hears again with a raised SEQUENCE; a stale save is refused', async () => {
    const mira = await file.signedIn(file.mira);
    const later = new Date(new Date(meeting.content.startsAt).getTime() + 2 * HOUR);
    const moved = await mira.request<MeetingView>('PUT', `${url}/care-tables/${meeting.id}`, {
      version: meeting.version,
      content: { ...meeting.content, startsAt: later.toISOString() },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'moved', version: 2, sequence: 1 });
    const changes = (await mails(meeting.id)).filter((m) => m.idempotencyKey.endsWith(':change'));
    expect(changes).toHaveLength(3);
    for (const m of changes) expect(m.attachments[0]?.content).toContain('SEQUENCE:1');

    const ilse = await file.signedIn(file.ilse);
    const stale = await ilse.request<ErrorBody>('PUT', `${url}/care-tables/${meeting.id}`, {
      version: meeting.version,
      content: { ...meeting.content, purpose: 'Iets anders.' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.reason).toBe('changed_meanwhile');
    expect(stale.body.error.current?.version).toBe(2);
    meeting = moved.body;

    // A reply recorded by hand changes nobody's invitation.
    const replied = await mira.request<MeetingView>('PUT', `${url}/care-tables/${meeting.id}`, {
      version: meeting.version,
      content: {
        ...meeting.content,
        participants: meeting.content.participants.map((p) =>
          p.id === 'p-rita' ? { ...p, reply: 'accepted' } : p,
        ),
      },
    });
    expect(replied.body.sequence).toBe(1);
    meeting = replied.body;
  });

  it('is held once it has started, which meets the 48-hour service level', async () => {
    const mira = await file.signedIn(file.mira);
    const early = await mira.request<ErrorBody>('POST', `${url}/care-tables/${meeting.id}/status`, {
      version: meeting.version,
      to: 'held',
    });
    expect(early.body.error.reason).toBe('not_started_yet');
    t.now.value = new Date(new Date(meeting.content.startsAt).getTime() + 2 * HOUR);
    const again = await file.signedIn(file.mira);
    const held = await again.request<MeetingView>(
      'POST',
      `${url}/care-tables/${meeting.id}/status`,
      {
        version: meeting.version,
        to: 'held',
      },
    );
    expect(held.status).toBe(200);
    expect(held.body.heldAt).toBe(meeting.content.startsAt);
    type Deadlines = { deadlines: { id: string; metAt: string | null }[] };
    const referral = await again.request<Deadlines>('GET', `/api/v1/referrals/${file.referralId}`);
    expect(referral.body.deadlines.find((d) => d.id === 'care-table')?.metAt).toBe(
      new Date(meeting.content.startsAt).toISOString(),
    );
    const twice = await again.request<ErrorBody>(
      'POST',
      `${url}/care-tables/${meeting.id}/status`,
      {
        version: held.body.version,
        to: 'cancelled',
      },
    );
    expect(twice.body.error.reason).toBe('meeting_final');
    meeting = held.body;
  });

  it('keeps the notes, decisions and agreements; a confirmation carries who recorded it and when', async () => {
    const mira = await file.signedIn(file.mira);
    const saved = await mira.request<MeetingView>('PUT', `${url}/care-tables/${meeting.id}`, {
      version: meeting.version,
      content: {
        ...meeting.content,
        participants: meeting.content.participants.map((p) => ({
          ...p,
          attended: p.id !== 'p-rita',
        })),
        notes: 'Sanne vertelde hoe het gaat. Oma kon niet komen.',
        decisions: [{ id: 'd-1', text: 'Oma vangt Lina op als het thuis spant.' }],
        agreements: [
          {
            id: 'a-1',
            text: 'Sanne belt oma als het misloopt.',
            confirmations: [
              {
                memberId: 'p1',
                agreed: true,
                comment: 'Ja.',
                recordedBy: 'Iemand anders',
                at: '2020-01-01T00:00:00Z',
              },
            ],
          },
        ],
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.status).toBe('held');
    expect(saved.body.content.agreements[0]?.confirmations[0]).toEqual({
      memberId: 'p1',
      agreed: true,
      comment: 'Ja.',
      recordedBy: 'Mira Claes',
      at: t.now.value.toISOString(),
    });
    // Held: no new invitations.
    expect((await mails(meeting.id)).filter((m) => m.idempotencyKey.includes(':3:'))).toEqual([]);
  });

  it('cancels another: everyone gets METHOD:CANCEL with a raised SEQUENCE; the .ics is there to download', async () => {
    const mira = await file.signedIn(file.mira);
    const next = await mira.request<MeetingView>(
      'POST',
      `${url}/care-tables`,
      plan(new Date(t.now.value.getTime() + 7 * 24 * HOUR), [sanne]),
    );
    const cancelled = await mira.request<MeetingView>(
      'POST',
      `${url}/care-tables/${next.body.id}/status`,
      {
        version: next.body.version,
        to: 'cancelled',
      },
    );
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1 });
    const cancel = (await mails(next.body.id)).filter((m) => m.idempotencyKey.endsWith(':cancel'));
    expect(cancel).toHaveLength(1);
    expect(cancel[0]?.attachments[0]?.content).toContain('METHOD:CANCEL');
    expect(cancel[0]?.attachments[0]?.content).toContain('SEQUENCE:1');
    expect(cancel[0]?.attachments[0]?.contentType).toContain('method=CANCEL');

    const ics = await mira.raw('GET', `${url}/care-tables/${meeting.id}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain(`UID:${meeting.id}`);
    const list = await mira.request<MeetingView[]>('GET', `${url}/care-tables`);
    expect(list.body.map((m) => m.status)).toEqual(['held', 'cancelled']);
    // The case's one timeline tells it too.
    const timeline = await mira.request<{ entries: { kind: string }[] }>(
      'GET',
      `${url}/timeline?kinds=care_table_planned,care_table_held,care_table_cancelled`,
    );
    expect(timeline.body.entries.map((e) => e.kind).sort()).toEqual([
      'care_table_cancelled',
      'care_table_held',
      'care_table_planned',
      'care_table_planned',
    ]);
  });

  it('lets exactly one of many saves of the same version win', async () => {
    const mira = await file.signedIn(file.mira);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        mira.request('PUT', `${url}/care-tables/${meeting.id}`, {
          version: meeting.version + 1,
          content: { ...meeting.content, notes: `Versie ${String(i)}` },
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(7);
  });
});
