/**
 * A network coordinator edits a service of their region: field-level validation, every change
 * recorded with who and when, exported as HSDS metadata that validates, and found by search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hsdsValidator, describeErrors } from '../../src/facades/hsds/hsdsSchemas.ts';
import { organizations } from '../../src/platform/db/schema.ts';
import { closeTestApp, createTestApp, getJson, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, type Person } from '../support/people.ts';

type Managed = { id: string; name: string; description: string; [field: string]: unknown };
type ErrorBody = { error: { code: string; fields?: { field: string; message: string }[] } };

describe.each(storageModes)('managing the social map on %s', (mode) => {
  let t: TestApp;
  let coordinator: Person;
  let limburg: Person;
  beforeAll(async () => {
    t = await createTestApp(mode, undefined, { rateLimitPerMinute: false });
    const [gent] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Huizen van het Kind Gent'));
    if (gent === undefined) throw new Error('demo organisation missing');
    coordinator = await createPerson(t.database.db, {
      role: 'network_coordinator',
      organizationId: gent.id,
      name: 'Oona Oost',
      now: t.now.value,
      regionProvinces: ['VOV'],
    });
    limburg = await createPerson(t.database.db, {
      role: 'network_coordinator',
      organizationId: gent.id,
      name: 'Lars Limburg',
      now: t.now.value,
      regionProvinces: ['VLI'],
    });
  });
  afterAll(() => closeTestApp(t));

  it('lists the services of the region and edits one, recording each changed field', async () => {
    const oona = new Agent(t.app, t.now);
    expect((await oona.signIn(coordinator)).status).toBe(200);
    const list = await oona.request<{ id: string; name: string }[]>(
      'GET',
      '/api/v1/manage/services',
    );
    const service = list.body.find((s) =>
      s.name.startsWith('Laagdrempelig onthaal Huis van het Kind Gent'),
    );
    if (service === undefined)
      throw new Error(`not in the list: ${list.body.map((s) => s.name).join(', ')}`);
    const current = await oona.request<Managed>('GET', `/api/v1/manage/services/${service.id}`);
    const form = Object.fromEntries(
      Object.entries(current.body).filter(
        ([k]) => !['id', 'organizationName', 'lastModified'].includes(k),
      ),
    );

    const invalid = await oona.request<ErrorBody>('PUT', `/api/v1/manage/services/${service.id}`, {
      ...form,
      name: 'X',
      email: 'geen-adres',
      ageMinMonths: 40,
      ageMaxMonths: 12,
    });
    expect(invalid.status).toBe(400);
    const fields = (invalid.body.error.fields ?? []).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'email']));

    const saved = await oona.request<Managed>('PUT', `/api/v1/manage/services/${service.id}`, {
      ...form,
      name: 'Onthaal Huis van het Kind Gent — Kiekeboe',
      applicationProcess: 'Kom langs zonder afspraak, of bel.',
    });
    expect(saved.status).toBe(200);
    const changes = await oona.request<{ by: string; field: string; from: string; to: string }[]>(
      'GET',
      `/api/v1/manage/services/${service.id}/changes`,
    );
    expect(changes.body.map((c) => c.field).sort()).toEqual(['applicationProcess', 'name']);
    expect(changes.body[0]?.by).toBe('Oona Oost');

    const hsds = await getJson<{
      metadata: { field_name: string; updated_by: string; replacement_value: string }[];
    }>(t.app, `/hsds/services/${service.id}`);
    const validate = hsdsValidator('compiled/service.json');
    expect(validate(hsds.body), describeErrors(validate)).toBe(true);
    expect(hsds.body.metadata).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field_name: 'name',
          updated_by: 'Oona Oost',
          replacement_value: 'Onthaal Huis van het Kind Gent — Kiekeboe',
        }),
      ]),
    );

    const found = await getJson<{ results: { id: string }[] }>(
      t.app,
      '/api/v1/services?q=kiekeboe',
    );
    expect(found.body.results.map((r) => r.id)).toContain(service.id);
  });

  it('adds a service in the region, and refuses one outside it', async () => {
    t.now.value = new Date(t.now.value.getTime() + 31_000);
    const oona = new Agent(t.app, t.now);
    await oona.signIn(coordinator);
    const [gent] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Huizen van het Kind Gent'));
    const service = {
      name: 'Babbelbabbel — taalgroep voor ouders',
      alternateName: '',
      description: 'Wekelijkse praatgroep voor ouders die Nederlands leren, met kinderopvang.',
      url: '',
      email: 'babbel@example.be',
      applicationProcess: 'Kom langs op woensdag.',
      eligibilityDescription: '',
      feesDescription: '',
      freeOfCharge: true,
      waitTime: '',
      ageMinMonths: -9,
      ageMaxMonths: 72,
      duringPregnancy: true,
      status: 'active',
    };
    const outside = await oona.request<ErrorBody>('POST', '/api/v1/manage/services', {
      organizationId: gent?.id,
      areaProvinces: ['VLI'],
      service,
    });
    expect(outside.status).toBe(403);
    const created = await oona.request<Managed>('POST', '/api/v1/manage/services', {
      organizationId: gent?.id,
      areaProvinces: ['VOV'],
      service,
    });
    expect(created.status).toBe(201);
    const found = await getJson<{ results: { id: string }[] }>(
      t.app,
      '/api/v1/services?q=babbelbabbel&postcode=9000',
    );
    expect(found.body.results.map((r) => r.id)).toContain(created.body.id);
    const hsds = await getJson(t.app, `/hsds/services/${created.body.id}`);
    const validate = hsdsValidator('compiled/service.json');
    expect(validate(hsds.body), describeErrors(validate)).toBe(true);
  });

  it('a coordinator of another region does not see the service', async () => {
    const oona = new Agent(t.app, t.now);
    t.now.value = new Date(t.now.value.getTime() + 31_000);
    await oona.signIn(coordinator);
    const [first] = (await oona.request<{ id: string }[]>('GET', '/api/v1/manage/services')).body;
    const lars = new Agent(t.app, t.now);
    await lars.signIn(limburg);
    const other = await lars.request('GET', `/api/v1/manage/services/${first?.id ?? ''}`);
    expect(other.status).toBe(404);
  });
});
