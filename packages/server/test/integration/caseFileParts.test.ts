/**
 * The case file beyond the family: the network (starting with the referrer, the family not asked
 * yet), the life domains of the case's programme, the assessment (the family's words stay
 * theirs), the 0–10 scores (each participant separately, never overwritten) and one timeline.
 * Every part is saved with the version seen: a stale save is a 409 with the current part, and of
 * saves racing on one version exactly one wins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type {
  CaseAssessment,
  CaseLifeDomains,
  CaseNetwork,
  CaseScores,
  CaseTimeline,
  ScoreView,
} from '@omringd/core';
import { familyParents } from '../../src/kernel/tables/caseSchema.ts';
import { cases } from '../../src/kernel/tables/caseSchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { createPerson, type Person } from '../support/people.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';

type ErrorBody = {
  error: { code: string; reason?: string; field?: string; current?: CaseNetwork };
};

describe.each(storageModes)('the case file’s parts on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let url = '';

  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.41.0');
    url = `/api/v1/cases/${file.caseId}`;
  });
  afterAll(() => closeTestApp(t));

  it('starts the network with the referrer, the family not asked yet', async () => {
    const mira = await file.signedIn(file.mira);
    const network = await mira.request<CaseNetwork>('GET', `${url}/network`);
    expect(network.status).toBe(200);
    expect(network.body.version).toBe(1);
    expect(network.body.content.people).toEqual([
      expect.objectContaining({
        id: 'n1',
        name: 'Kato Verpleeg',
        tie: 'professional',
        organization: 'Kind en Gezin (Opgroeien)',
        involve: 'not_asked',
      }),
    ]);
  });

  it('saves the network with the version seen, and refuses a stale save with the current one', async () => {
    const mira = await file.signedIn(file.mira);
    const { body: seen } = await mira.request<CaseNetwork>('GET', `${url}/network`);
    const people = [
      ...seen.content.people,
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
        name: 'Buurman Jef',
        tie: 'neighbour',
        support: 'strained',
        involve: 'no',
        involveNote: 'Liever niet.',
      },
    ];
    const saved = await mira.request<CaseNetwork>('PUT', `${url}/network`, {
      version: seen.version,
      content: { people },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(seen.version + 1);
    expect(saved.body.updatedBy).toBe('Mira Claes');
    expect(saved.body.content.people.map((p) => [p.id, p.involve])).toEqual([
      ['n1', 'not_asked'],
      ['n2', 'yes'],
      ['n3', 'no'],
    ]);
    const ilse = await file.signedIn(file.ilse);
    const stale = await ilse.request<ErrorBody>('PUT', `${url}/network`, {
      version: seen.version,
      content: { people: [] },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.reason).toBe('changed_meanwhile');
    expect(stale.body.error.current?.version).toBe(saved.body.version);
    expect(stale.body.error.current?.content.people).toHaveLength(3);
    const bad = await ilse.request<ErrorBody>('PUT', `${url}/network`, {
      version: saved.body.version,
      content: {
        people: [{ id: 'n4', name: 'X', tie: 'family', support: 'strong', email: 'geen' }],
      },
    });
    expect(bad.status).toBe(400);
    const now = await ilse.request<CaseNetwork>('GET', `${url}/network`);
    expect(now.body.content.people).toHaveLength(3);
  });

  it('lets exactly one of many saves of the same version win', async () => {
    const mira = await file.signedIn(file.mira);
    const { body: seen } = await mira.request<CaseNetwork>('GET', `${url}/network`);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        mira.request('PUT', `${url}/network`, {
          version: seen.version,
          content: { people: seen.content.people.slice(0, 1 + (i % 3)) },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const after = await mira.request<CaseNetwork>('GET', `${url}/network`);
    expect(after.body.version).toBe(seen.version + 1);
  });

  it('offers the life domains of the programme and keeps the family’s priority', async () => {
    const mira = await file.signedIn(file.mira);
    const domains = await mira.request<CaseLifeDomains>('GET', `${url}/life-domains`);
    expect(domains.status).toBe(200);
    expect(domains.body.version).toBe(0);
    // Veilig van in de buik names no domains of its own: all ten.
    expect(domains.body.offered).toHaveLength(10);
    const saved = await mira.request<CaseLifeDomains>('PUT', `${url}/life-domains`, {
      version: 0,
      content: {
        domains: [{ key: 'housing', situation: 'De huur is opgezegd.', familyPriority: 'high' }],
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.content.domains).toEqual([
      { key: 'housing', situation: 'De huur is opgezegd.', familyPriority: 'high', involved: '' },
    ]);
    const twice = await mira.request<ErrorBody>('PUT', `${url}/life-domains`, {
      version: 1,
      content: { domains: [{ key: 'housing' }, { key: 'housing' }] },
    });
    expect(twice.status).toBe(400);
  });

  it('keeps the assessment, and refuses a professional writing in the family’s name', async () => {
    const mira = await file.signedIn(file.mira);
    const saved = await mira.request<CaseAssessment>('PUT', `${url}/assessment`, {
      version: 0,
      content: {
        dangerStatements: [{ id: 'd1', text: 'We zijn bang dat de baby geen veilige plek heeft.' }],
        strengths: [{ id: 's1', text: 'Oma Rita komt elke dag langs.' }],
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.content.strengths[0]?.author).toBe('professional');
    expect(saved.body.content.harm).toEqual([]);
    const asFamily = await mira.request<ErrorBody>('PUT', `${url}/assessment`, {
      version: saved.body.version,
      content: { ...saved.body.content, strengths: [{ id: 's2', text: 'Wij.', author: 'family' }] },
    });
    expect(asFamily.status).toBe(400);
    expect(asFamily.body.error.reason).toBe('family_words');
  });

  it('keeps each participant’s scores apart, never overwritten', async () => {
    let mira = await file.signedIn(file.mira);
    const score = (body: Record<string, unknown>) =>
      mira.request<ScoreView & ErrorBody>('POST', `${url}/scores`, body);
    expect((await score({ score: 4, scorer: { kind: 'self' } })).status).toBe(201);
    const parent = await score({
      score: 7,
      scorer: { kind: 'family_member', memberId: 'p1' },
      note: 'Het gaat beter sinds oma komt.',
    });
    expect(parent.status).toBe(201);
    expect(parent.body).toMatchObject({
      scorerKind: 'family_member',
      scorerName: 'Sanne',
      score: 7,
    });
    // Six weeks on, at the evaluation (signed in anew).
    t.now.value = new Date(t.now.value.getTime() + 6 * 7 * 86_400_000);
    mira = await file.signedIn(file.mira);
    expect((await score({ score: 6, scorer: { kind: 'self' } })).status).toBe(201);
    expect(
      (await score({ score: 8, scorer: { kind: 'family_member', memberId: 'p1' } })).status,
    ).toBe(201);
    expect(
      (await score({ score: 5, scorer: { kind: 'network_person', personId: 'n1' } })).status,
    ).toBe(201);

    const unknown = await score({ score: 5, scorer: { kind: 'family_member', memberId: 'p9' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.reason).toBe('unknown_scorer');
    expect((await score({ score: 11, scorer: { kind: 'self' } })).status).toBe(400);
    expect((await score({ score: 2.5, scorer: { kind: 'self' } })).status).toBe(400);

    const all = await mira.request<CaseScores>('GET', `${url}/scores`);
    const byScorer = (key: string) =>
      all.body.scores.filter((s) => s.scorerKey === key).map((s) => s.score);
    expect(byScorer(`user:${file.mira.id}`)).toEqual([4, 6]);
    expect(byScorer('member:p1')).toEqual([7, 8]);
    expect(byScorer('network:n1')).toEqual([5]);
    expect(all.body.scores.every((s) => s.recordedBy === 'Mira Claes')).toBe(true);
  });

  it('shows one timeline, newest first and filtered; the family sees what was meant for them', async () => {
    const mira = await file.signedIn(file.mira);
    const visit = await mira.request('POST', `${url}/timeline`, {
      kind: 'home_visit',
      occurredAt: new Date(t.now.value.getTime() - 3_600_000).toISOString(),
      text: 'Huisbezoek: Sanne en oma Rita thuis, de kamer voor de baby is klaar.',
      visibility: 'family',
    });
    expect(visit.status).toBe(201);
    const note = await mira.request('POST', `${url}/timeline`, {
      kind: 'note',
      occurredAt: t.now.value.toISOString(),
      text: 'Overleg met de huisarts gepland.',
    });
    expect(note.status).toBe(201);
    const future = await mira.request<ErrorBody>('POST', `${url}/timeline`, {
      kind: 'note',
      occurredAt: new Date(t.now.value.getTime() + 86_400_000).toISOString(),
      text: 'Later.',
    });
    expect(future.body.error.reason).toBe('occurred_in_future');

    const all = await mira.request<CaseTimeline>('GET', `${url}/timeline`);
    expect(all.status).toBe(200);
    const kinds = new Set(all.body.entries.map((e) => e.kind));
    for (const k of [
      'referral',
      'network_changed',
      'life_domains_changed',
      'assessment_changed',
      'score_recorded',
      'home_visit',
      'note',
    ])
      expect(kinds, k).toContain(k);
    const times = all.body.entries.map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(all.body.entries.find((e) => e.kind === 'note')?.by).toBe('Mira Claes');

    // Emergency access by a coordinator outside the team is on the timeline, with its reason.
    const tom = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: file.ocjId,
      name: 'Tom Wachtdienst',
      now: t.now.value,
    });
    const glass = await (
      await file.signedIn(tom)
    ).request('POST', `${url}/break-glass`, {
      reason: "Politie belt 's nachts: is de baby veilig? Mira is niet bereikbaar.",
    });
    expect(glass.status).toBe(200);
    const withGlass = await mira.request<CaseTimeline>('GET', `${url}/timeline?kinds=break_glass`);
    expect(withGlass.body.entries.map((e) => [e.kind, e.by])).toEqual([
      ['break_glass', 'Tom Wachtdienst'],
    ]);
    expect(withGlass.body.entries[0]?.text).toContain('Politie belt');

    const visits = await mira.request<CaseTimeline>(
      'GET',
      `${url}/timeline?kinds=home_visit,phone_call`,
    );
    expect(visits.body.entries.map((e) => e.kind)).toEqual(['home_visit']);
    const wrong = await mira.request<ErrorBody>('GET', `${url}/timeline?kinds=gossip`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.reason).toBe('unknown_kind');

    // Sanne herself, signed in as the parent of her family: only what was meant for the family.
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, file.caseId));
    if (row === undefined) throw new Error('no case');
    const sanne: Person = await createPerson(t.database.db, {
      role: 'parent',
      organizationId: file.ocjId,
      name: 'Sanne',
      now: t.now.value,
    });
    await t.database.db.insert(familyParents).values({ familyId: row.familyId, userId: sanne.id });
    const own = await (await file.signedIn(sanne)).request<CaseTimeline>('GET', `${url}/timeline`);
    expect(own.status).toBe(200);
    expect(own.body.entries.map((e) => e.kind)).toEqual(['home_visit']);
  });
});
