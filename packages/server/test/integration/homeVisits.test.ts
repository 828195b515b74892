/**
 * Home visits planned with the family: Mira offers free moments; Sanne (a parent in the portal)
 * chooses the rhythm within what Zorggarantie allows, picks a moment with what she wants to talk
 * about or proposes her own; Mira confirms, and the visit reaches both calendars as iCalendar;
 * another family never takes a moment already held, nor reads Sanne's visits — on both storage
 * modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import type { CaseVisits, FamilyVisits, VisitSlot } from '@omringd/core';
import { outboxEmails } from '../../src/platform/db/identitySchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';
import { anotherCase } from '../support/anotherCase.ts';
import type { Agent } from '../support/people.ts';
import { portalParent } from '../support/portalParent.ts';
import { systemAt } from '../support/system.ts';
import { sweepVisitReminders } from '../../src/modules/homeVisits/index.ts';

type ErrorBody = { error: { code: string; reason?: string } };

describe.each(storageModes)('home visits on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let mira: Agent;
  let sanne: Agent;
  let other: Agent;
  let otherCaseId = '';
  let slots: VisitSlot[] = [];
  let portal = '';
  let team = '';

  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-12-07T09:00:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.62.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    portal = `/api/v1/portal/cases/${file.caseId}/home-visits`;
    team = `/api/v1/cases/${file.caseId}/home-visits`;
    mira = await file.signedIn(file.mira);
    sanne = await portalParent(t, mira, {
      caseId: file.caseId,
      memberId: 'p1',
      email: 'sanne.visits@example.be',
      ip: '10.62.1.1',
    });
    otherCaseId = await anotherCase(file, 'Leen Peeters');
    other = await portalParent(t, mira, {
      caseId: otherCaseId,
      memberId: 'p1',
      email: 'leen.visits@example.be',
      ip: '10.62.1.2',
    });
  });
  afterAll(async () => {
    await closeTestApp(t);
  });

  it('lets a coordinator offer free moments to come, and refuses one that has passed', async () => {
    const past = await mira.request<ErrorBody>('POST', '/api/v1/visit-slots', {
      slots: [{ startsAt: '2026-12-01T10:00:00+01:00', minutes: 60 }],
    });
    expect(past.status).toBe(400);
    expect(past.body.error.reason).toBe('visit_in_past');
    const offered = await mira.request<{ slots: VisitSlot[] }>('POST', '/api/v1/visit-slots', {
      slots: [
        { startsAt: '2026-12-14T10:00:00+01:00', minutes: 60 },
        { startsAt: '2026-12-15T14:00:00+01:00', minutes: 45 },
        { startsAt: '2026-12-16T09:30:00+01:00', minutes: 60 },
      ],
    });
    expect(offered.status, JSON.stringify(offered.body)).toBe(201);
    slots = offered.body.slots;
    expect(slots.map((s) => [s.startsAt, s.taken])).toEqual([
      ['2026-12-14T09:00:00.000Z', false],
      ['2026-12-15T13:00:00.000Z', false],
      ['2026-12-16T08:30:00.000Z', false],
    ]);
    // A parent holds no right to offer moments.
    expect((await sanne.request('GET', '/api/v1/visit-slots')).status).toBe(403);
  });

  it("shows the family its contact person's free moments and the rhythm its programme allows", async () => {
    const read = await sanne.request<FamilyVisits>('GET', portal);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.contactName).toBe('Mira Claes');
    expect(read.body.freeSlots.map((s) => s.id)).toEqual(slots.map((s) => s.id));
    expect(read.body.rhythm).toEqual({
      everyWeeks: null,
      chosenByName: null,
      allowed: { min: 1, max: 6 },
      minutes: 60,
    });
    // The team reads the family's visits in the case; the portal's view is the family's.
    expect((await mira.request('GET', portal)).status).toBe(403);
  });

  it('lets the family choose how often visits happen, within what the programme allows', async () => {
    const tooSlow = await sanne.request<ErrorBody>(
      'PUT',
      `/api/v1/portal/cases/${file.caseId}/visit-rhythm`,
      { everyWeeks: 8 },
    );
    expect(tooSlow.status).toBe(400);
    expect(tooSlow.body.error.reason).toBe('rhythm_not_allowed');
    const chosen = await sanne.request<FamilyVisits>(
      'PUT',
      `/api/v1/portal/cases/${file.caseId}/visit-rhythm`,
      { everyWeeks: 2 },
    );
    expect(chosen.status).toBe(200);
    expect(chosen.body.rhythm).toMatchObject({ everyWeeks: 2, chosenByName: 'Sanne' });
    const seen = await mira.request<CaseVisits>('GET', team);
    expect(seen.body.rhythm.everyWeeks).toBe(2);
  });

  it('lets the family pick a free moment once: no second family takes it', async () => {
    const [first] = slots;
    if (first === undefined) throw new Error('no slot');
    const picked = await sanne.request<FamilyVisits>('POST', portal, {
      kind: 'slot',
      slotId: first.id,
      topics: 'Hoe Noor slaapt, en de crèche.',
    });
    expect(picked.status, JSON.stringify(picked.body)).toBe(201);
    expect(picked.body.visits).toMatchObject([
      {
        startsAt: first.startsAt,
        minutes: 60,
        status: 'requested',
        fromSlot: true,
        topics: 'Hoe Noor slaapt, en de crèche.',
      },
    ]);
    expect(picked.body.freeSlots.map((s) => s.id)).not.toContain(first.id);
    const taken = await other.request<ErrorBody>(
      'POST',
      `/api/v1/portal/cases/${otherCaseId}/home-visits`,
      {
        kind: 'slot',
        slotId: first.id,
      },
    );
    expect(taken.status).toBe(409);
    expect(taken.body.error.reason).toBe('visit_slot_taken');
    const unknown = await sanne.request<ErrorBody>('POST', portal, {
      kind: 'slot',
      slotId: file.caseId,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.reason).toBe('no_such_slot');
    const notices = await mira.request<{ kind: string }[]>('GET', '/api/v1/notifications');
    expect(notices.body.map((n) => n.kind)).toContain('visit_requested');
  });

  it("refuses a moment of someone who is not the family's contact person", async () => {
    const ilse = await file.signedIn(file.ilse);
    const hers = await ilse.request<{ slots: VisitSlot[] }>('POST', '/api/v1/visit-slots', {
      slots: [{ startsAt: '2026-12-17T10:00:00+01:00', minutes: 60 }],
    });
    expect(hers.status).toBe(201);
    const slotId = hers.body.slots[0]?.id ?? '';
    const read = await sanne.request<FamilyVisits>('GET', portal);
    expect(read.body.freeSlots.map((s) => s.id)).not.toContain(slotId);
    const refused = await sanne.request<ErrorBody>('POST', portal, { kind: 'slot', slotId });
    expect(refused.status).toBe(404);
    expect(refused.body.error.reason).toBe('no_such_slot');
  });

  it('lets the family propose a moment of its own, never one that has passed', async () => {
    const past = await sanne.request<ErrorBody>('POST', portal, {
      kind: 'proposal',
      startsAt: '2026-12-06T10:00:00+01:00',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.reason).toBe('visit_in_past');
    const proposed = await sanne.request<FamilyVisits>('POST', portal, {
      kind: 'proposal',
      startsAt: '2026-12-21T16:00:00+01:00',
      topics: 'Het budget voor de kinderopvang.',
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.visits.at(-1)).toMatchObject({
      startsAt: '2026-12-21T15:00:00.000Z',
      minutes: 60,
      fromSlot: false,
      status: 'requested',
    });
  });

  it('lets the coordinator confirm: the visit reaches both calendars as iCalendar', async () => {
    const before = await mira.request<CaseVisits>('GET', team);
    expect(before.status).toBe(200);
    const visit = before.body.visits[0];
    if (visit === undefined) throw new Error('no visit');
    expect(visit.requestedByName).toBe('Sanne');
    const confirmed = await mira.request<CaseVisits>('PUT', `${team}/${visit.id}`, {
      decision: 'confirm',
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.visits[0]).toMatchObject({
      status: 'confirmed',
      decidedByName: 'Mira Claes',
      sequence: 1,
    });
    const again = await mira.request<ErrorBody>('PUT', `${team}/${visit.id}`, {
      decision: 'confirm',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.reason).toBe('visit_decided');

    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(like(outboxEmails.idempotencyKey, `home-visit:${visit.id}:1:%`));
    expect(mails.map((m) => m.toAddress).sort()).toEqual(
      ['mira.claes@zorggarantie-limburg.example.be', 'sanne.visits@example.be'].sort(),
    );
    for (const mail of mails) {
      expect(mail.subject).toMatch(/^Huisbezoek/);
      expect(mail.bodyText).not.toMatch(/Peeters/);
      const ics = mail.attachments[0]?.content ?? '';
      expect(ics).toMatch(/METHOD:REQUEST/);
      expect(ics).toMatch(new RegExp(`UID:${visit.id}`));
      expect(ics).toMatch(/SEQUENCE:1/);
      expect(ics).toMatch(/DTSTART:20261214T090000Z/);
    }
    const parentIcs = await sanne.raw('GET', `${team}/${visit.id}/calendar.ics`);
    expect(parentIcs.status).toBe(200);
    expect(parentIcs.headers['content-type']).toMatch(/text\/calendar/);
    expect(parentIcs.body).toMatch(/LOCATION:Bij jullie thuis/);
    // Long lines fold at 75 octets (RFC 5545 §3.1): unfold before reading.
    expect(parentIcs.body.replace(/\r\n /g, '')).toMatch(/Waarover we praten: Hoe Noor slaapt/);
    const teamIcs = await mira.raw('GET', `${team}/${visit.id}/calendar.ics`);
    expect(teamIcs.body).toMatch(/LOCATION:Bij het gezin thuis/);
    expect(teamIcs.body.replace(/\r\n /g, '')).not.toMatch(/Hoe Noor slaapt/);
    const told = await sanne.request<{ kind: string }[]>('GET', '/api/v1/notifications');
    expect(told.body.map((n) => n.kind)).toContain('visit_decided');
  });

  it('reminds the family once, a day before a confirmed visit', async () => {
    // The visit confirmed above starts on 14 December at 09:00 UTC, confirmed a week ahead.
    const remindersAt = async (at: string) =>
      (await sweepVisitReminders(systemAt(t.database, new Date(at)))).reminded;
    expect(await remindersAt('2026-12-13T08:30:00Z')).toBe(0);
    expect(await remindersAt('2026-12-13T09:00:00Z')).toBe(1);
    expect(await remindersAt('2026-12-13T09:01:00Z')).toBe(0);
    const told = await sanne.request<{ kind: string; params: Record<string, string> }[]>(
      'GET',
      '/api/v1/notifications',
    );
    const reminder = told.body.filter((n) => n.kind === 'visit_reminder');
    expect(reminder).toHaveLength(1);
    expect(reminder[0]?.params.startsAt).toBe('2026-12-14T09:00:00.000Z');
    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(like(outboxEmails.idempotencyKey, 'home-visit-reminder:%'));
    expect(mails.map((m) => m.toAddress)).toEqual(['sanne.visits@example.be']);
    expect(mails[0]?.bodyText).toMatch(/morgen bij jullie thuis \(maandag 14 december om 10:00\)/);
    // The other family, whose visit is not confirmed, hears nothing.
    const otherTold = await other.request<{ kind: string }[]>('GET', '/api/v1/notifications');
    expect(otherTold.body.map((n) => n.kind)).not.toContain('visit_reminder');
  });

  it('lets the coordinator decline a proposal and cancel a confirmed visit; the moment is free again', async () => {
    const before = await mira.request<CaseVisits>('GET', team);
    const [slotVisit, proposal] = before.body.visits;
    if (slotVisit === undefined || proposal === undefined) throw new Error('no visits');
    const declined = await mira.request<CaseVisits>('PUT', `${team}/${proposal.id}`, {
      decision: 'decline',
      answer: 'Die dag ben ik in opleiding. Kies een ander moment?',
    });
    expect(declined.status).toBe(200);
    const cancelled = await mira.request<CaseVisits>('PUT', `${team}/${slotVisit.id}`, {
      decision: 'cancel',
      answer: 'Ik ben ziek.',
    });
    expect(cancelled.body.visits.map((v) => v.status)).toEqual(['cancelled', 'declined']);
    const [cancel] = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.idempotencyKey, `home-visit:${slotVisit.id}:2:${file.mira.id}`));
    expect(cancel?.attachments[0]?.content).toMatch(/METHOD:CANCEL/);
    const read = await sanne.request<FamilyVisits>('GET', portal);
    expect(read.body.visits.find((v) => v.id === proposal.id)?.answer).toBe(
      'Die dag ben ik in opleiding. Kies een ander moment?',
    );
    // The cancelled visit frees its moment for the families again.
    expect(read.body.freeSlots.map((s) => s.id)).toContain(slots[0]?.id);
  });

  it('keeps a moment a family holds, and removes a free one', async () => {
    const [, second, third] = slots;
    if (second === undefined || third === undefined) throw new Error('no slots');
    const held = await other.request('POST', `/api/v1/portal/cases/${otherCaseId}/home-visits`, {
      kind: 'slot',
      slotId: second.id,
    });
    expect(held.status).toBe(201);
    const refused = await mira.request<ErrorBody>('DELETE', `/api/v1/visit-slots/${second.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.reason).toBe('visit_slot_taken');
    const removed = await mira.request<{ slots: VisitSlot[] }>(
      'DELETE',
      `/api/v1/visit-slots/${third.id}`,
    );
    expect(removed.status).toBe(200);
    expect(removed.body.slots.find((s) => s.id === second.id)?.taken).toBe(true);
    expect(removed.body.slots.map((s) => s.id)).not.toContain(third.id);
  });

  it("never shows one family another's visits", async () => {
    const theirs = await other.request<FamilyVisits>(
      'GET',
      `/api/v1/portal/cases/${otherCaseId}/home-visits`,
    );
    expect(theirs.body.visits.map((v) => v.topics)).not.toContain('Hoe Noor slaapt, en de crèche.');
    expect((await other.request('GET', portal)).status).toBe(404);
    expect((await other.request('GET', team)).status).toBe(404);
    const sanneVisit = (await mira.request<CaseVisits>('GET', team)).body.visits[0]?.id ?? '';
    expect((await other.raw('GET', `${team}/${sanneVisit}/calendar.ics`)).status).toBe(404);
  });
  it('gives no reminder for a visit confirmed less than a day before it starts', async () => {
    const second = slots[1];
    if (second === undefined) throw new Error('no slot');
    // The other family's visit on 15 December at 13:00 UTC, confirmed 20 hours before.
    await t.database.executeSql(
      `UPDATE home_visits SET status = 'confirmed', decided_at = starts_at - interval '20 hours'
       WHERE slot_id = $1`,
      [second.id],
    );
    const at = new Date(new Date(second.startsAt).getTime() - 19 * 3600_000);
    expect((await sweepVisitReminders(systemAt(t.database, at))).reminded).toBe(0);
    const told = await other.request<{ kind: string }[]>('GET', '/api/v1/notifications');
    expect(told.body.map((n) => n.kind)).not.toContain('visit_reminder');
  });
});
