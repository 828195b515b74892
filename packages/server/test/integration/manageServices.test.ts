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
      service: { ...service, areaProvinces: ['VLI'] },
    });
    expect(outside.status).toBe(403);
    const created = await oona.request<Managed>('POST', '/api/v1/manage/services', {
      organizationId: gent?.id,
      service: { ...service, areaProvinces: ['VOV'] },
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

  it('edits how to reach a service, for whom and where, each change recorded', async () => {
    t.now.value = new Date(t.now.value.getTime() + 31_000);
    const [gent] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Huizen van het Kind Gent'));
    const both = await createPerson(t.database.db, {
      role: 'network_coordinator',
      organizationId: gent?.id ?? '',
      name: 'Bea Beide',
      now: t.now.value,
      regionProvinces: ['VOV', 'VLI'],
    });
    const oona = new Agent(t.app, t.now);
    await oona.signIn(coordinator);
    const created = await oona.request<Managed>('POST', '/api/v1/manage/services', {
      organizationId: gent?.id,
      service: {
        name: 'Zonnewijzer — opvoedingswinkel',
        alternateName: '',
        description: 'Gesprekken over opvoeden, in het centrum of bij het gezin thuis.',
        url: '',
        email: '',
        applicationProcess: 'Bel of kom langs.',
        eligibilityDescription: '',
        feesDescription: '',
        waitTime: '',
        duringPregnancy: false,
        status: 'active',
        freeOfCharge: true,
        ageMinMonths: 0,
        ageMaxMonths: 216,
        terms: ['modality:outpatient'],
        areaProvinces: ['VOV'],
        languages: ['nl', 'fr'],
        phones: [{ number: '09 123 45 67', description: 'Aanmelden' }],
        address: { street: 'Kortrijksesteenweg 12', postalCode: '9000', city: 'Gent' },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      terms: ['modality:outpatient'],
      languages: ['nl', 'fr'],
      phones: [{ number: '09 123 45 67', description: 'Aanmelden' }],
      address: { street: 'Kortrijksesteenweg 12', postalCode: '9000', city: 'Gent' },
    });
    const id = created.body.id;
    const form = Object.fromEntries(
      Object.entries(created.body).filter(
        ([k]) => !['id', 'organizationName', 'lastModified', 'municipalityNames'].includes(k),
      ),
    );
    const put = (agent: Agent, body: Record<string, unknown>) =>
      agent.request<Managed & ErrorBody>('PUT', `/api/v1/manage/services/${id}`, body);

    type Found = { results: { id: string; missingWords: string[] }[] };
    const before = await getJson<Found>(
      t.app,
      '/api/v1/services?q=zonnewijzer%20psychische&postcode=9000',
    );
    expect(before.body.results.find((r) => r.id === id)?.missingWords).toEqual(['psychische']);

    const unknownPostcode = await put(oona, {
      ...form,
      address: { street: 'Kortrijksesteenweg 12', postalCode: '0999', city: 'Nergens' },
    });
    expect(unknownPostcode.status).toBe(400);
    expect(unknownPostcode.body.error.fields?.[0]?.field).toBe('address');
    const badPhone = await put(oona, { ...form, phones: [{ number: 'bel ons', description: '' }] });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.error.fields?.[0]?.field).toMatch(/^phones/);
    const nowhere = await put(oona, { ...form, areaMunicipalities: ['99999'] });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.fields?.[0]?.field).toBe('areaMunicipalities');
    const foreign = await put(oona, { ...form, areaMunicipalities: ['71072'] });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.fields?.[0]?.field).toBe('areaProvinces');

    const saved = await put(oona, {
      ...form,
      terms: ['modality:outpatient', 'target-group:kopp'],
      phones: [
        { number: '09 765 43 21', description: 'Aanmelden' },
        { number: '+32 470 12 34 56', description: 'Permanentie' },
      ],
      address: { street: 'Sint-Pietersnieuwstraat 3', postalCode: '9000', city: 'Gent' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.phones).toHaveLength(2);
    // A client that sends only the texts changes the texts and wipes nothing else.
    const reach = ['terms', 'areaProvinces', 'areaMunicipalities', 'servesFlanders'];
    const textsOnly = Object.fromEntries(
      Object.entries(form).filter(
        ([k]) => ![...reach, 'servesBeyondProvince', 'languages', 'phones', 'address'].includes(k),
      ),
    );
    const texts = await put(oona, { ...textsOnly, waitTime: 'Geen wachttijd' });
    expect(texts.status).toBe(200);
    expect(texts.body).toMatchObject({ waitTime: 'Geen wachttijd', phones: saved.body.phones });
    expect(texts.body.address).toEqual(saved.body.address);
    expect((await put(oona, { ...textsOnly, areaProvinces: [] })).status).toBe(400);
    const changes = await oona.request<{ field: string; to: string }[]>(
      'GET',
      `/api/v1/manage/services/${id}/changes`,
    );
    // The creation is recorded on the name; the edit on exactly the three fields it changed.
    expect(changes.body.map((c) => c.field).sort()).toEqual([
      'address',
      'name',
      'phones',
      'terms',
      'waitTime',
    ]);
    expect(changes.body.find((c) => c.field === 'phones')?.to).toContain('09 765 43 21');

    const after = await getJson<Found>(
      t.app,
      '/api/v1/services?q=zonnewijzer%20psychische&postcode=9000',
    );
    // Now found with both words, first; before, only without the word of the new target group.
    expect(after.body.results[0]).toMatchObject({ id, missingWords: [] });

    const hsds = await getJson<{
      phones: { number: string }[];
      service_at_locations: { location: { addresses: { address_1: string }[] } }[];
    }>(t.app, `/hsds/services/${id}`);
    const validate = hsdsValidator('compiled/service.json');
    expect(validate(hsds.body), describeErrors(validate)).toBe(true);
    expect(hsds.body.phones.map((p) => p.number)).toEqual(['09 765 43 21', '+32 470 12 34 56']);
    expect(
      hsds.body.service_at_locations.flatMap((s) => s.location.addresses.map((a) => a.address_1)),
    ).toContain('Sint-Pietersnieuwstraat 3');

    // A coordinator of two provinces adds Limburg; the Oost-Vlaanderen coordinator may then edit
    // the service without touching Limburg, and may take it out.
    const bea = new Agent(t.app, t.now);
    await bea.signIn(both);
    const wider = await put(bea, { ...form, ...saved.body, areaProvinces: ['VOV', 'VLI'] });
    expect(wider.status).toBe(200);
    const keep = Object.fromEntries(
      Object.entries(wider.body).filter(
        ([k]) => !['id', 'organizationName', 'lastModified', 'municipalityNames'].includes(k),
      ),
    );
    expect((await put(oona, { ...keep, waitTime: 'Twee weken' })).status).toBe(200);
    const narrowed = await put(oona, { ...keep, areaProvinces: ['VOV'] });
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.areaProvinces).toEqual(['VOV']);
    expect((await put(oona, { ...keep, areaProvinces: ['VOV', 'VLI'] })).status).toBe(403);
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
