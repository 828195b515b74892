/**
 * The case file in FHIR R4, driven by an independent client (fhir-kit-client) over HTTP: the case
 * as EpisodeOfCare, the informal network as RelatedPerson, the team and the people the family
 * agreed to involve as CareTeam, the 0–10 scores as Observations with who scored as performer.
 * Every resource validated with the R4 JSON Schema and FHIR.js; someone the family said "no" to
 * never leaves; a stranger gets what a missing resource gets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'fhir-kit-client';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { createPerson, type Person } from '../support/people.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';
import { SESSION_COOKIE } from '../../src/kernel/sessions.ts';
import { expectValidFhir } from '../support/fhirValidation.ts';

type Resource = Record<string, unknown> & { resourceType: string; id: string };
type Bundle = { resourceType: 'Bundle'; total: number; entry?: { resource: Resource }[] };

describe.each(storageModes)('the case file in FHIR R4 on %s', (mode) => {
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
    file = await acceptedCase(t, '10.42.0');
    const mira = await file.signedIn(file.mira);
    const url = `/api/v1/cases/${file.caseId}`;
    const { body: network } = await mira.request<{
      version: number;
      content: { people: unknown[] };
    }>('GET', `${url}/network`);
    const saved = await mira.request('PUT', `${url}/network`, {
      version: network.version,
      content: {
        people: [
          ...network.content.people,
          {
            id: 'n2',
            name: 'Rita',
            relation: 'grootmoeder',
            tie: 'family',
            support: 'strong',
            involve: 'yes',
            phone: '0470 12 34 56',
          },
          {
            id: 'n3',
            name: 'Jef',
            relation: 'buurman',
            tie: 'neighbour',
            support: 'strained',
            involve: 'no',
          },
        ],
      },
    });
    expect(saved.status).toBe(200);
    for (const body of [
      { score: 4, scorer: { kind: 'self' } },
      { score: 7, scorer: { kind: 'family_member', memberId: 'p1' }, note: 'Oma helpt.' },
      { score: 6, scorer: { kind: 'network_person', personId: 'n2' } },
    ])
      expect((await mira.request('POST', `${url}/scores`, body)).status).toBe(201);
    const planned = await mira.request('POST', `${url}/care-tables`, {
      purpose: 'Samen afspreken wat nodig is.',
      startsAt: '2026-11-24T14:00:00+01:00',
      place: { kind: 'home' },
      participants: [
        { id: 'p-sanne', kind: 'parent', name: 'Sanne', memberId: 'p1', reply: 'accepted' },
        { id: 'p-rita', kind: 'network', name: 'Rita', networkPersonId: 'n2' },
      ],
    });
    expect(planned.status).toBe(201);
  });
  afterAll(() => closeTestApp(t));

  it('gives the case as an EpisodeOfCare, with its care manager and team', async () => {
    const client = await clientFor(file.mira);
    const episode = (await client.read({
      resourceType: 'EpisodeOfCare',
      id: file.caseId,
    })) as Resource;
    expectValidFhir(episode);
    expect(episode).toMatchObject({
      status: 'active',
      patient: { display: 'Gezin Sanne' },
      careManager: { reference: `Practitioner/${file.mira.id}`, display: 'Mira Claes' },
      team: [{ reference: `CareTeam/${file.caseId}` }],
    });
    const mine = (await client.search({
      resourceType: 'EpisodeOfCare',
      searchParams: {},
    })) as Bundle;
    expectValidFhir(mine);
    expect(mine.entry?.map((e) => e.resource.id)).toContain(file.caseId);
  });

  it('gives the informal network as RelatedPerson, without the person the family said no to', async () => {
    const client = await clientFor(file.ilse);
    const found = (await client.search({
      resourceType: 'RelatedPerson',
      searchParams: { 'episode-of-care': `EpisodeOfCare/${file.caseId}` },
    })) as Bundle;
    expectValidFhir(found);
    const people = found.entry?.map((e) => e.resource) ?? [];
    expect(people.map((p) => p.name)).toEqual([[{ text: 'Rita' }]]);
    const rita = people[0];
    expect(rita).toMatchObject({
      relationship: [{ coding: [{ code: 'FAMMEMB' }], text: 'grootmoeder' }],
      telecom: [{ system: 'phone', value: '0470 12 34 56' }],
    });
    for (const p of people) expectValidFhir(p);
    const read = (await client.read({
      resourceType: 'RelatedPerson',
      id: `${file.caseId}.n2`,
    })) as Resource;
    expect(read.id).toBe(`${file.caseId}.n2`);
    await expect(
      client.read({ resourceType: 'RelatedPerson', id: `${file.caseId}.n3` }),
    ).rejects.toMatchObject({
      response: { status: 404 },
    });
  });

  it('gives the CareTeam: the team, and the network people the family agreed to involve', async () => {
    const client = await clientFor(file.mira);
    const team = (await client.read({ resourceType: 'CareTeam', id: file.caseId })) as Resource & {
      participant: { member: { display: string } }[];
    };
    expectValidFhir(team);
    expect(team.participant.map((p) => p.member.display)).toEqual([
      'Mira Claes',
      'Ilse Vermeulen',
      'Rita',
    ]);
  });

  it('gives each score as an Observation, the performer being who scored', async () => {
    const client = await clientFor(file.mira);
    const scores = (await client.search({
      resourceType: 'Observation',
      searchParams: { 'episode-of-care': file.caseId },
    })) as Bundle;
    expectValidFhir(scores);
    const observations = scores.entry?.map((e) => e.resource) ?? [];
    for (const o of observations) expectValidFhir(o);
    // The clock stands still here: all three scores share one moment, so compare by value.
    expect(
      [...observations]
        .sort((a, b) => Number(a.valueInteger) - Number(b.valueInteger))
        .map((o) => [
          (o.performer as { display: string; reference?: string }[])[0],
          o.valueInteger,
        ]),
    ).toEqual([
      [{ reference: `Practitioner/${file.mira.id}`, display: 'Mira Claes' }, 4],
      [{ reference: `RelatedPerson/${file.caseId}.n2`, display: 'Rita' }, 6],
      [{ display: 'Sanne (gezin)' }, 7],
    ]);
  });

  it('gives each care table as an Appointment with who takes part and their reply', async () => {
    const client = await clientFor(file.mira);
    const found = (await client.search({
      resourceType: 'Appointment',
      searchParams: { 'episode-of-care': file.caseId },
    })) as Bundle;
    expectValidFhir(found);
    const [appointment] = found.entry?.map((e) => e.resource) ?? [];
    expectValidFhir(appointment);
    expect(appointment).toMatchObject({
      status: 'booked',
      start: '2026-11-24T13:00:00.000Z',
      end: '2026-11-24T14:30:00.000Z',
      participant: [
        { actor: { display: 'Sanne' }, status: 'accepted' },
        { actor: { display: 'Rita' }, status: 'needs-action' },
      ],
    });
  });

  it('answers a stranger as if the case did not exist, and refuses a search without the case', async () => {
    const stranger = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId:
        (
          await t.database.db.query.organizations.findFirst({
            where: (o, { eq }) => eq(o.key, 'kind-en-gezin'),
          })
        )?.id ?? '',
      name: 'Vreemde Eend',
      now: t.now.value,
    });
    const client = await clientFor(stranger);
    // Each request made only when awaited, so none is rejected unobserved.
    for (const request of [
      () => client.read({ resourceType: 'EpisodeOfCare', id: file.caseId }),
      () => client.read({ resourceType: 'CareTeam', id: file.caseId }),
      () =>
        client.search({
          resourceType: 'Observation',
          searchParams: { 'episode-of-care': file.caseId },
        }),
    ])
      await expect(request()).rejects.toMatchObject({ response: { status: 404 } });
    await expect(
      client.search({ resourceType: 'Observation', searchParams: {} }),
    ).rejects.toMatchObject({ response: { status: 400 } });
  });
});
