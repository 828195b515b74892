/**
 * The care plan in FHIR R4, driven by fhir-kit-client over HTTP: each version as Plan A
 * (intent plan) with B and C as options part of A, a version replacing the one before, the
 * active route marked; the goals as Goal with the family's own goal expressed by the family and
 * the progress of the last evaluation. Every resource validated with the R4 JSON Schema and
 * FHIR.js; nothing kept within the team leaves to a parent; a stranger gets a missing resource.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'fhir-kit-client';
import { eq } from 'drizzle-orm';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import type { Person } from '../support/people.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';
import { SESSION_COOKIE } from '../../src/kernel/sessions.ts';
import { casePlanVersions } from '../../src/kernel/tables/carePlanSchema.ts';
import { expectValidFhir } from '../support/fhirValidation.ts';

type Resource = Record<string, unknown> & { resourceType: string; id: string };
type Bundle = { resourceType: 'Bundle'; total: number; entry?: { resource: Resource }[] };

describe.each(storageModes)('the care plan in FHIR R4 on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let baseUrl = '';
  const clientFor = async (person: Person) => {
    const agent = await file.signedIn(person);
    return new Client({
      baseUrl: `${baseUrl}/fhir/R4`,
      customHeaders: {
        cookie: `${SESSION_COOKIE}=${agent.cookie ?? ''}`,
        'x-csrf-token': agent.csrf ?? '',
      },
    });
  };

  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    file = await acceptedCase(t, '10.46.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    const url = `/api/v1/cases/${file.caseId}`;
    const mira = await file.signedIn(file.mira);
    const v1 = await mira.request('POST', `${url}/plan/versions`, {
      version: 0,
      content: {
        goals: [
          { id: 'g-huis', text: 'Een veilige woning.', domains: ['housing'], priority: 'high' },
          { id: 'g-team', text: 'Politie opvolgen.', teamOnly: true },
        ],
        actions: [
          {
            id: 'a-1',
            goalId: 'g-huis',
            what: 'Een sociale woning aanvragen.',
            who: { kind: 'professional', name: 'Koen Moens', organization: 'Woonwinkel' },
            by: '2026-12-18',
          },
        ],
        routes: {
          A: { summary: 'Thuis, met oma als vangnet.', trigger: 'Geen woning in januari.' },
          B: { summary: 'Tijdelijk bij oma.' },
          C: { summary: 'CKG.' },
        },
      },
    });
    expect(v1.status).toBe(201);
    // The family wrote a goal of their own (the portal will; here straight in the store).
    const [row] = await t.database.db
      .select()
      .from(casePlanVersions)
      .where(eq(casePlanVersions.caseId, file.caseId));
    if (row === undefined) throw new Error('no version');
    const moved = await mira.request('POST', `${url}/plan/switch`, {
      version: 1,
      to: 'B',
      reason: 'De woning kwam er niet.',
    });
    expect(moved.status).toBe(201);
    await t.database.db.insert(casePlanVersions).values({
      ...row,
      number: 3,
      content: {
        ...row.content,
        active: 'B',
        goals: [
          ...row.content.goals,
          {
            ...row.content.goals[0],
            id: 'g-eigen',
            text: 'Wij willen rust in huis.',
            author: 'family',
            priority: 'unknown',
            domains: [],
          } as (typeof row.content.goals)[number],
        ],
      },
      change: { kind: 'saved', note: '' },
    });
    t.now.value = new Date('2026-12-20T10:00:00Z');
    const agent = await file.signedIn(file.mira);
    const evaluated = await agent.request('POST', `${url}/plan/evaluations`, {
      version: 3,
      evaluation: { heldOn: '2026-12-20', progress: [{ goalId: 'g-huis', progress: 'better' }] },
      content: {
        ...row.content,
        active: 'B',
        goals: [
          ...row.content.goals,
          { id: 'g-eigen', text: 'Wij willen rust in huis.', author: 'family' },
        ],
      },
    });
    expect(evaluated.status).toBe(201);
  });
  afterAll(() => closeTestApp(t));

  it('gives the newest version as Plan A, B and C, valid, with B active and the version before replaced', async () => {
    const client = await clientFor(file.mira);
    const found = (await client.search({
      resourceType: 'CarePlan',
      searchParams: { 'episode-of-care': `EpisodeOfCare/${file.caseId}` },
    })) as Bundle;
    const plans = (found.entry ?? []).map((e) => e.resource);
    expect(plans.map((p) => [p.id, p.intent, p.status])).toEqual([
      [`${file.caseId}.v4.a`, 'plan', 'on-hold'],
      [`${file.caseId}.v4.b`, 'option', 'active'],
      [`${file.caseId}.v4.c`, 'option', 'on-hold'],
    ]);
    for (const p of plans) expectValidFhir(p);
    expect(plans[1]).toMatchObject({
      partOf: [{ reference: `CarePlan/${file.caseId}.v4.a` }],
      replaces: [{ reference: `CarePlan/${file.caseId}.v3.b` }],
      description: 'Tijdelijk bij oma.',
    });
    expect(plans[0]?.activity).toEqual([
      {
        detail: {
          status: 'not-started',
          description: 'Een sociale woning aanvragen.',
          goal: [{ reference: `Goal/${file.caseId}.g-huis` }],
          scheduledPeriod: { end: '2026-12-18' },
          performer: [{ display: 'Koen Moens (Woonwinkel)' }],
        },
      },
    ]);
    const first = (await client.read({
      resourceType: 'CarePlan',
      id: `${file.caseId}.v1.a`,
    })) as Resource;
    expectValidFhir(first);
    expect(first).toMatchObject({
      status: 'revoked',
      intent: 'plan',
      note: [{ text: 'Naar Plan B: Geen woning in januari.' }],
    });
    expect(first.replaces).toBeUndefined();
  });

  it('gives the goals, the family’s own expressed by the family, with the last evaluation’s progress', async () => {
    const client = await clientFor(file.mira);
    const found = (await client.search({
      resourceType: 'Goal',
      searchParams: { 'episode-of-care': file.caseId },
    })) as Bundle;
    const goals = (found.entry ?? []).map((e) => e.resource);
    for (const g of goals) expectValidFhir(g);
    expect(goals.map((g) => g.id)).toEqual([
      `${file.caseId}.g-huis`,
      `${file.caseId}.g-team`,
      `${file.caseId}.g-eigen`,
    ]);
    expect(goals[0]).toMatchObject({
      achievementStatus: { coding: [{ code: 'improving' }] },
      priority: { coding: [{ code: 'high-priority' }] },
      category: [{ coding: [{ code: 'housing' }] }],
    });
    expect(goals[0]?.expressedBy).toBeUndefined();
    expect(goals[2]).toMatchObject({ expressedBy: { display: expect.any(String) as string } });
    const one = (await client.read({
      resourceType: 'Goal',
      id: `${file.caseId}.g-eigen`,
    })) as Resource;
    expectValidFhir(one);
  });

  it('answers a stranger as for a missing resource', async () => {
    const client = await clientFor(file.referrer);
    await expect(
      client.read({ resourceType: 'CarePlan', id: `${file.caseId}.v1.a` }),
    ).rejects.toMatchObject({ response: { status: 404 } });
    await expect(
      client.read({ resourceType: 'Goal', id: `${file.caseId}.g-huis` }),
    ).rejects.toMatchObject({ response: { status: 404 } });
    await expect(client.read({ resourceType: 'CarePlan', id: 'not-a-plan' })).rejects.toMatchObject(
      { response: { status: 404 } },
    );
  });
});
