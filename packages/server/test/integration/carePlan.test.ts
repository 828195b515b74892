/**
 * The care plan of a Zorggarantie case: goals linked to the worries, actions with who and by
 * when, Plan A/B/C with triggers — saved as numbered versions (stale and racing saves refused),
 * a care-table decision taken up as a goal in one step, a switch of route with its reason, an
 * evaluation six weeks on (Brussels dates) that records scores and produces the next version; the
 * sweep reminds and escalates once each; the coordinator's task list — on both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type {
  CasePlan,
  CaseScores,
  MeetingView,
  PlanContentInput,
  PlanVersion,
  Task,
} from '@omringd/core';
import { notifications } from '../../src/kernel/tables/notificationSchema.ts';
import { sweepPlans } from '../../src/modules/carePlan/index.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { systemAt } from '../support/system.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';

type ErrorBody = { error: { code: string; reason?: string; current?: CasePlan } };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const planV1: PlanContentInput = {
  goals: [
    {
      id: 'g-huis',
      text: 'Lina en haar mama hebben een veilige woning.',
      domains: ['housing'],
      concerns: ['harm.w-huur'],
      priority: 'high',
    },
  ],
  actions: [
    {
      id: 'a-huur',
      goalId: 'g-huis',
      what: 'Samen een sociale woning aanvragen.',
      who: { kind: 'family' },
      by: '2026-12-04',
    },
    {
      id: 'a-rita',
      goalId: 'g-huis',
      what: 'Oma Rita vangt Lina op tijdens de verhuis.',
      who: { kind: 'network', personId: 'n2', name: 'Rita' },
      by: '2027-01-15',
    },
  ],
  routes: {
    A: {
      summary: 'Lina blijft thuis met een veiligheidsplan van het netwerk.',
      trigger: 'Geen woning tegen half januari.',
      triggerBy: '2027-01-15',
    },
    B: {
      summary: 'Lina en mama wonen tijdelijk bij oma Rita.',
      trigger: 'Oma kan niet langer opvangen.',
    },
    C: { summary: 'Tijdelijk verblijf in het CKG.', trigger: '' },
  },
};

describe.each(storageModes)('the care plan on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let url = '';
  let meeting: MeetingView;
  const noticesOf = (userId: string, kind: string) =>
    t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

  beforeAll(async () => {
    // Monday 23 November 2026, 10:00 in Brussels.
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.44.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    url = `/api/v1/cases/${file.caseId}`;
    const mira = await file.signedIn(file.mira);
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
    const assessment = await mira.request('PUT', `${url}/assessment`, {
      version: 0,
      content: {
        harm: [{ id: 'w-huur', text: 'De huur is opgezegd; het gezin dreigt op straat te staan.' }],
      },
    });
    expect(assessment.status).toBe(200);
  });
  afterAll(() => closeTestApp(t));

  it('lists the care table due within 48 hours in the coordinator’s tasks, gone once held', async () => {
    let mira = await file.signedIn(file.mira);
    expect(
      (
        await mira.request('POST', `/api/v1/referrals/${file.referralId}/care-table`, {
          moment: 'parents_agreed',
        })
      ).status,
    ).toBe(200);
    const tasks = await mira.request<Task[]>('GET', '/api/v1/tasks');
    expect(tasks.status).toBe(200);
    const due = tasks.body.filter((task) => task.kind === 'care_table_due');
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ caseId: file.caseId, overdue: false });
    expect(new Date(due[0]?.dueAt ?? '').getTime()).toBe(t.now.value.getTime() + 48 * HOUR);
    // Ilse is on the team but not the contact person: her list is her own.
    const ilse = await file.signedIn(file.ilse);
    expect((await ilse.request<Task[]>('GET', '/api/v1/tasks')).body).toEqual([]);

    const planned = await mira.request<MeetingView>('POST', `${url}/care-tables`, {
      purpose: 'Samen afspreken wat Lina nodig heeft.',
      startsAt: new Date(t.now.value.getTime() + HOUR).toISOString(),
      place: { kind: 'home' },
      participants: [{ id: 'p-mira', kind: 'coordinator', name: 'Mira Claes' }],
    });
    expect(planned.status).toBe(201);
    t.now.value = new Date(t.now.value.getTime() + 3 * HOUR);
    mira = await file.signedIn(file.mira);
    const withDecisions = await mira.request<MeetingView>(
      'PUT',
      `${url}/care-tables/${planned.body.id}`,
      {
        version: planned.body.version,
        content: {
          ...planned.body.content,
          decisions: [
            { id: 'd-woning', text: 'We zoeken samen een betaalbare woning.' },
            { id: 'd-school', text: 'Lina gaat elke dag naar de kleuterklas.' },
          ],
        },
      },
    );
    expect(withDecisions.status).toBe(200);
    const held = await mira.request<MeetingView>(
      'POST',
      `${url}/care-tables/${planned.body.id}/status`,
      {
        version: withDecisions.body.version,
        to: 'held',
      },
    );
    expect(held.status).toBe(200);
    meeting = held.body;
    const after = await mira.request<Task[]>('GET', '/api/v1/tasks');
    expect(after.body.filter((task) => task.kind === 'care_table_due')).toEqual([]);
  });

  it('saves the first version, and refuses what the case file does not hold', async () => {
    const mira = await file.signedIn(file.mira);
    const empty = await mira.request<CasePlan>('GET', `${url}/plan`);
    expect(empty.body).toMatchObject({
      current: null,
      versions: [],
      nextEvaluation: null,
      everyWeeks: 6,
    });

    const refusals: [PlanContentInput, string][] = [
      [
        {
          ...planV1,
          goals: [
            { ...planV1.goals?.[0], id: 'g-huis', text: 'Wij willen een huis.', author: 'family' },
          ],
        },
        'family_words',
      ],
      [
        {
          ...planV1,
          goals: [{ ...planV1.goals?.[0], id: 'g-huis', text: 'x', concerns: ['harm.w-onbekend'] }],
        },
        'unknown_reference',
      ],
      [
        {
          ...planV1,
          actions: [
            {
              id: 'a-jef',
              goalId: 'g-huis',
              what: 'Jef helpt.',
              who: { kind: 'network', personId: 'n3', name: 'Jef' },
            },
          ],
        },
        'family_not_agreed',
      ],
      [
        {
          ...planV1,
          goals: [{ ...planV1.goals?.[0], id: 'g-huis', text: 'x', hiddenFrom: ['p9'] }],
        },
        'unknown_reference',
      ],
    ];
    for (const [content, reason] of refusals) {
      const refused = await mira.request<ErrorBody>('POST', `${url}/plan/versions`, {
        version: 0,
        content,
      });
      expect(refused.status, reason).toBe(400);
      expect(refused.body.error.reason).toBe(reason);
    }
    const orphan = await mira.request<ErrorBody>('POST', `${url}/plan/versions`, {
      version: 0,
      content: {
        ...planV1,
        actions: [{ id: 'a-x', goalId: 'g-geen', what: 'Iets.', who: { kind: 'family' } }],
      },
    });
    expect(orphan.status).toBe(400);

    const saved = await mira.request<PlanVersion>('POST', `${url}/plan/versions`, {
      version: 0,
      content: planV1,
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      number: 1,
      change: { kind: 'saved' },
      createdBy: 'Mira Claes',
    });
    expect(saved.body.content.active).toBe('A');
    const plan = await mira.request<CasePlan>('GET', `${url}/plan`);
    // Six weeks after Monday 23 November in Brussels: Monday 4 January, reminded three days before.
    expect(plan.body.nextEvaluation).toEqual({
      dueOn: '2027-01-04',
      remindOn: '2027-01-01',
      escalateOn: '2027-01-07',
      basis: 'cadence',
    });
  });

  it('refuses a stale save with the plan as it is, and lets one of twelve racing saves in', async () => {
    const mira = await file.signedIn(file.mira);
    const ilse = await file.signedIn(file.ilse);
    const stale = await ilse.request<ErrorBody>('POST', `${url}/plan/versions`, {
      version: 0,
      content: planV1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.reason).toBe('changed_meanwhile');
    expect(stale.body.error.current?.current?.number).toBe(1);

    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 === 0 ? mira : ilse).request('POST', `${url}/plan/versions`, {
          version: 1,
          content: { ...planV1, evaluateBy: null },
          note: `Poging ${String(i)}`,
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(11);
    const plan = await mira.request<CasePlan>('GET', `${url}/plan`);
    expect(plan.body.versions.map((v) => v.number)).toEqual([2, 1]);
  });

  it('turns a care-table decision into a goal in one step, once', async () => {
    const mira = await file.signedIn(file.mira);
    const body = {
      version: 2,
      meetingId: meeting.id,
      decisionId: 'd-school',
      goalId: 'g-school',
      domains: ['school'],
    };
    const taken = await mira.request<PlanVersion>('POST', `${url}/plan/goals-from-decision`, body);
    expect(taken.status).toBe(201);
    expect(taken.body.number).toBe(3);
    expect(taken.body.content.goals.find((g) => g.id === 'g-school')).toMatchObject({
      text: 'Lina gaat elke dag naar de kleuterklas.',
      fromDecision: { meetingId: meeting.id, decisionId: 'd-school' },
    });
    // A retry answers the plan as it is; the same decision under another goal is refused.
    const retried = await mira.request<PlanVersion>(
      'POST',
      `${url}/plan/goals-from-decision`,
      body,
    );
    expect(retried.body.number).toBe(3);
    const twice = await mira.request<ErrorBody>('POST', `${url}/plan/goals-from-decision`, {
      ...body,
      version: 3,
      goalId: 'g-ander',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.reason).toBe('decision_in_plan');
    const unknown = await mira.request<ErrorBody>('POST', `${url}/plan/goals-from-decision`, {
      ...body,
      version: 3,
      decisionId: 'd-geen',
      goalId: 'g-geen',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.reason).toBe('no_such_decision');
  });

  it('moves to Plan B as a recorded decision with its reason', async () => {
    const mira = await file.signedIn(file.mira);
    const same = await mira.request<ErrorBody>('POST', `${url}/plan/switch`, {
      version: 3,
      to: 'A',
      reason: 'Niets verandert.',
    });
    expect(same.status).toBe(409);
    expect(same.body.error.reason).toBe('same_route');
    const moved = await mira.request<PlanVersion>('POST', `${url}/plan/switch`, {
      version: 3,
      to: 'B',
      reason: 'De woning kwam er niet; Lina en mama gaan bij oma Rita wonen.',
    });
    expect(moved.status).toBe(201);
    expect(moved.body).toMatchObject({
      number: 4,
      content: { active: 'B' },
      change: { kind: 'switched', from: 'A', to: 'B' },
    });
    const first = await mira.request<PlanVersion>('GET', `${url}/plan/versions/1`);
    expect(first.body.content.active).toBe('A');
    const missing = await mira.request<ErrorBody>('GET', `${url}/plan/versions/99`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.reason).toBe('no_such_version');
    // A number beyond what a version can be is bad input, never a database error.
    expect((await mira.request('GET', `${url}/plan/versions/99999999999`)).status).toBe(400);
  });

  it('reminds before the evaluation and escalates after it, once each; an action past its date once', async () => {
    const coordinator = file.mira.id;
    // 4 December has passed for the housing application: one notice, and it is on the list.
    const sweptEarly = await sweepPlans(systemAt(t.database, new Date('2026-12-05T09:00:00Z')));
    expect(sweptEarly).toEqual({ reminders: 0, escalations: 0, actions: 1 });
    expect(await sweepPlans(systemAt(t.database, new Date('2026-12-06T09:00:00Z')))).toEqual({
      reminders: 0,
      escalations: 0,
      actions: 0,
    });
    expect(await noticesOf(coordinator, 'plan_action_overdue')).toHaveLength(1);

    // 1 January 2027, just after midnight in Brussels (still 31 December in UTC).
    const remind = new Date('2026-12-31T23:30:00Z');
    expect(await sweepPlans(systemAt(t.database, new Date(remind.getTime() - HOUR)))).toMatchObject(
      { reminders: 0 },
    );
    expect(await sweepPlans(systemAt(t.database, remind))).toMatchObject({ reminders: 1 });
    expect(await sweepPlans(systemAt(t.database, new Date(remind.getTime() + DAY)))).toMatchObject({
      reminders: 0,
    });
    const reminder = await noticesOf(coordinator, 'evaluation_due');
    expect(reminder).toHaveLength(1);
    expect(JSON.parse(reminder[0]?.params ?? '{}')).toMatchObject({
      caseId: file.caseId,
      dueOn: '2027-01-04',
    });

    t.now.value = new Date('2027-01-07T10:00:00Z');
    const mira = await file.signedIn(file.mira);
    const tasks = await mira.request<Task[]>('GET', '/api/v1/tasks');
    expect(tasks.body.map((task) => [task.kind, task.overdue])).toEqual([
      ['action_past_date', true],
      ['evaluation_due', true],
    ]);
    // Due on a day: the day is named (the end of it, in Brussels, is the deadline).
    expect(tasks.body.map((task) => task.dueOn)).toEqual(['2026-12-04', '2027-01-04']);
    expect(tasks.body[1]?.dueAt).toBe('2027-01-04T23:00:00.000Z');
    expect(await sweepPlans(systemAt(t.database, t.now.value))).toMatchObject({ escalations: 1 });
    expect(
      await sweepPlans(systemAt(t.database, new Date(t.now.value.getTime() + DAY))),
    ).toMatchObject({ escalations: 0 });
    expect(await noticesOf(coordinator, 'evaluation_overdue')).toHaveLength(1);
  });

  it('evaluates: progress per goal, everyone’s score kept, the next version, the next date six weeks on', async () => {
    const mira = await file.signedIn(file.mira);
    const { body: plan } = await mira.request<CasePlan>('GET', `${url}/plan`);
    const current = plan.current;
    if (current === null) throw new Error('no plan');
    const next = {
      ...current.content,
      actions: current.content.actions.map((a) => (a.id === 'a-huur' ? { ...a, done: true } : a)),
    };
    const evaluation = {
      heldOn: '2027-01-07',
      progress: [
        { goalId: 'g-huis', progress: 'better', note: 'De aanvraag is ingediend.' },
        { goalId: 'g-school', progress: 'same' },
      ],
      scores: [
        { score: 6, scorer: { kind: 'self' } },
        { score: 7, scorer: { kind: 'family_member', memberId: 'p1' }, note: 'Het gaat beter.' },
        { score: 8, scorer: { kind: 'network_person', personId: 'n2' } },
      ],
      changes: 'De woonst is aangevraagd; we volgen de school op.',
    };
    const future = await mira.request<ErrorBody>('POST', `${url}/plan/evaluations`, {
      version: current.number,
      evaluation: { ...evaluation, heldOn: '2027-01-08' },
      content: next,
    });
    expect(future.body.error.reason).toBe('occurred_in_future');
    const stray = await mira.request<ErrorBody>('POST', `${url}/plan/evaluations`, {
      version: current.number,
      evaluation: { ...evaluation, progress: [{ goalId: 'g-geen', progress: 'same' }] },
      content: next,
    });
    expect(stray.body.error.reason).toBe('unknown_reference');

    const done = await mira.request<PlanVersion>('POST', `${url}/plan/evaluations`, {
      version: current.number,
      evaluation,
      content: next,
    });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({
      number: 5,
      change: { kind: 'evaluated' },
      evaluation: { heldOn: '2027-01-07' },
    });
    const scores = await mira.request<CaseScores>('GET', `${url}/scores`);
    expect(scores.body.scores.map((s) => s.score).sort()).toEqual([6, 7, 8]);
    const after = await mira.request<CasePlan>('GET', `${url}/plan`);
    expect(after.body.nextEvaluation).toMatchObject({ dueOn: '2027-02-18', basis: 'cadence' });
    // Sooner when needed: the plan's own date wins when it is earlier.
    const sooner = await mira.request<PlanVersion>('POST', `${url}/plan/versions`, {
      version: 5,
      content: { ...next, evaluateBy: '2027-01-28' },
    });
    expect(sooner.status).toBe(201);
    expect((await mira.request<CasePlan>('GET', `${url}/plan`)).body.nextEvaluation).toMatchObject({
      dueOn: '2027-01-28',
      basis: 'sooner',
    });
    const timeline = await mira.request<{ entries: { kind: string }[] }>(
      'GET',
      `${url}/timeline?kinds=plan_saved,plan_switched,plan_evaluated`,
    );
    expect(timeline.body.entries.map((e) => e.kind).sort()).toEqual([
      'plan_evaluated',
      'plan_saved',
      'plan_saved',
      'plan_saved',
      'plan_saved',
      'plan_switched',
    ]);
  });

  it('answers 404 for a case the user may not know exists', async () => {
    const stranger = await file.signedIn(file.referrer);
    const read = await stranger.request<ErrorBody>('GET', `${url}/plan`);
    expect(read.status).toBe(404);
    const write = await stranger.request<ErrorBody>('POST', `${url}/plan/versions`, {
      version: 5,
      content: planV1,
    });
    expect(write.status).toBe(404);
  });
});
