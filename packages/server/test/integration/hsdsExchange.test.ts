/**
 * Exchange with any HSDS 3.1 source, on both storage modes: each official example (one
 * organization, one service, a page of each) and the tabular CSV datapackage import into an
 * empty database, field by field what HSDS allows is kept (and what cannot be placed on the map
 * of Belgium is reported), and a round trip (export → import into an empty database → export)
 * gives the same file; the same through the HSDS API, walked page by page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { rows } from '../../src/platform/db/database.ts';
import { exportHsds } from '../../src/facades/hsds/exportHsds.ts';
import { importHsds } from '../../src/facades/hsds/importHsds.ts';
import { readHsdsApi, readHsdsSource } from '../../src/facades/hsds/hsdsSource.ts';
import { describeErrors, hsdsValidator } from '../../src/facades/hsds/hsdsSchemas.ts';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { storageModes } from '../support/storageModes.ts';

const at = new Date('2026-11-20T12:00:00Z');
const examples = fileURLToPath(new URL('../../standards/hsds-3.1/examples/', import.meta.url));
const example = (name: string): unknown =>
  JSON.parse(readFileSync(`${examples}${name}.json`, 'utf8')) as unknown;

type Json = Record<string, unknown>;
const asList = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** A database with the schema and the geography, and no social map. */
async function emptyDatabase(mode: (typeof storageModes)[number]): Promise<TestDatabase> {
  const database = await createTestDatabase(mode);
  await database.db.execute(sql`DELETE FROM organizations`);
  return database;
}

/** The service of an export by id, and its organization. */
function serviceOf(exported: Json[], id: string): { service: Json; organization: Json } {
  for (const organization of exported)
    for (const service of asList(organization.services))
      if (service.id === id) return { service, organization };
  throw new Error(`No service ${id} in the export.`);
}

const COUNSELLING = 'ac148810-d857-441c-9679-408f346de14b';
const CIVIC_CENTER = '3a19ff88-4620-4d17-9830-ac1d859eb5d5';

describe.each(storageModes)('exchange with any HSDS source on %s', (mode) => {
  const opened: TestDatabase[] = [];
  const empty = async () => {
    const database = await emptyDatabase(mode);
    opened.push(database);
    return database;
  };
  afterAll(async () => {
    for (const database of opened) await database.drop();
  });

  it.each(['organization_full', 'service_full', 'organization_list', 'service_list'])(
    'imports the official example %s as it comes (one record or a page)',
    async (name) => {
      const database = await empty();
      const result = await importHsds(database.db, example(name), at);
      expect(result.errors).toEqual([]);
      expect(result.organizations).toBe(1);
      expect(result.services).toBe(name === 'organization_list' ? 0 : 1);
    },
  );

  it('keeps, field by field, what HSDS allows, and says what it could not place', async () => {
    const database = await empty();
    const result = await importHsds(database.db, example('service_full'), at);
    expect(result.errors).toEqual([]);
    expect(result.notes.join('\n')).toMatch(/service areas described in words.*: 1/);
    expect(result.notes.join('\n')).toMatch(/addresses outside Belgium.*: 1/);
    expect(result.notes.join('\n')).toMatch(/coordinates that are not on Earth.*: 1/);

    const exported = await exportHsds(database.db);
    const { service } = serviceOf(exported, COUNSELLING);
    // Ages beyond childhood: 12 to 100 years.
    expect(service).toMatchObject({
      minimum_age: 12,
      maximum_age: 100,
      age_minimum_months: 144,
      age_maximum_months: 1200,
      application_process: expect.stringContaining('NHS patient') as unknown,
      fees_description: expect.stringContaining('£50 per hour') as unknown,
      eligibility_description: expect.stringContaining('aged 12 and over') as unknown,
    });
    // The area in words, as given.
    const original = example('service_full') as Json;
    const area = asList(original.service_areas)[0] ?? {};
    expect(asList(service.service_areas)).toEqual([
      expect.objectContaining({
        name: area.name,
        description: area.description,
        extent: area.extent,
        extent_type: area.extent_type,
        uri: area.uri,
      }),
    ]);
    // A phone abroad, with its extension, without the quotes around the number.
    expect(asList(service.phones)[0]).toMatchObject({
      number: '+44 1234 234567',
      extension: 100,
      type: 'voice',
    });
    // Every field of the schedule.
    const schedule = asList(original.schedules)[0] ?? {};
    const keptSchedule = asList(service.schedules)[0] ?? {};
    for (const field of [
      'valid_from',
      'valid_to',
      'dtstart',
      'timezone',
      'until',
      'count',
      'wkst',
      'freq',
      'interval',
      'byday',
      'byweekno',
      'bymonthday',
      'byyearday',
      'description',
      'schedule_link',
      'attending_type',
      'notes',
    ])
      expect(keptSchedule[field], field).toEqual(schedule[field]);
    expect(keptSchedule.opens_at).toBe('10:00');
    expect(keptSchedule.closes_at).toBe('18:00');
    // An address abroad, every line of it.
    const location = asList(service.service_at_locations)
      .map((sal) => sal.location as Json)
      .find((l) => l.id === CIVIC_CENTER);
    expect(asList(location?.addresses)[0]).toMatchObject({
      attention: 'A. Persona',
      address_1: '1-30 Main Street',
      address_2: 'MyVillage',
      city: 'MyCity',
      region: 'MyRegion',
      state_province: 'MyState',
      postal_code: 'ABC 1234',
      country: 'US',
      address_type: 'postal',
    });
    expect(location?.latitude).toBeUndefined();
    // What we write is valid HSDS.
    const validate = hsdsValidator('compiled/service.json');
    expect(validate(service), describeErrors(validate)).toBe(true);
  });

  it('imports the tabular datapackage (CSV) with the same content as the JSON example', async () => {
    const fromCsv = await empty();
    const csv = await readHsdsSource(`${examples}csv`, () => undefined);
    const result = await importHsds(fromCsv.db, csv, at);
    expect(result.errors).toEqual([]);
    expect(result.services).toBe(1);
    const fromJson = await empty();
    await importHsds(fromJson.db, example('service_full'), at);
    const a = serviceOf(await exportHsds(fromCsv.db), COUNSELLING).service;
    const b = serviceOf(await exportHsds(fromJson.db), COUNSELLING).service;
    for (const field of ['name', 'description', 'minimum_age', 'maximum_age', 'status', 'email'])
      expect(a[field], field).toEqual(b[field]);
    expect(asList(a.schedules)[0]).toMatchObject({ byday: 'TH,FR', timezone: 3, count: 3 });
    expect(asList(a.phones)[0]).toMatchObject({ number: '+44 1234 234567', extension: 100 });
    expect(asList(a.service_areas)).toHaveLength(1);
  });

  it('gives the same file after a round trip: export, import into an empty database, export', async () => {
    const first = await empty();
    await importHsds(first.db, example('organization_full'), at);
    // The demo social map too: our own profile (provinces, municipalities, terms, ages).
    const demo = await createTestDatabase(mode);
    opened.push(demo);
    const file = [...(await exportHsds(first.db)), ...(await exportHsds(demo.db))];
    const second = await empty();
    const result = await importHsds(second.db, file, at);
    expect(result.errors).toEqual([]);
    const again = await exportHsds(second.db);
    const sorted = (x: Json[]) => [...x].sort((p, q) => String(p.id).localeCompare(String(q.id)));
    const strip = (x: unknown) =>
      JSON.parse(
        JSON.stringify(x)
          // The moment of the import and the import's own metadata row.
          .replace(/"(last_modified|last_action_date|replacement_value)":"[^"]*"/g, '"$1":""')
          .replace(/"id":"[0-9a-f-]{36}","resource_id"/g, '"id":"","resource_id"'),
      ) as unknown;
    expect(strip(sorted(again))).toEqual(strip(sorted(file)));
  });

  describe('from an HSDS API', () => {
    let source: TestDatabase;
    let app: FastifyInstance;
    let base: string;
    beforeAll(async () => {
      source = await createTestDatabase(mode);
      opened.push(source);
      await importHsds(source.db, example('organization_full'), at);
      app = await buildApp({ database: source, clock: () => at, rateLimitPerMinute: false });
      base = `${await app.listen({ port: 0, host: '127.0.0.1' })}/hsds`;
    });
    afterAll(() => app.close());

    it('walks the pages of organizations and services and imports the same social map', async () => {
      const lines: string[] = [];
      const records = await readHsdsApi(base, (line) => lines.push(line), {
        maxPages: 50,
        perPage: 10,
        timeoutMs: 10_000,
      });
      expect(lines.some((l) => /\/services: page 2 of \d+/.test(l))).toBe(true);
      const target = await empty();
      const result = await importHsds(target.db, records, at);
      expect(result.errors).toEqual([]);
      const counts = async (d: TestDatabase) =>
        rows<{ o: number; s: number }>(
          d.db,
          sql`SELECT (SELECT count(*)::int FROM organizations) AS o, (SELECT count(*)::int FROM services) AS s`,
        );
      expect(await counts(target)).toEqual(await counts(source));
      const { service } = serviceOf(await exportHsds(target.db), COUNSELLING);
      expect(service.maximum_age).toBe(100);
    });

    it('stops at its bounds and says so', async () => {
      await expect(
        readHsdsApi(base, () => undefined, { maxPages: 1, perPage: 5, timeoutMs: 10_000 }),
      ).rejects.toThrow(/more than 1 pages/);
      await expect(
        readHsdsApi('http://127.0.0.1:9/hsds', () => undefined, {
          maxPages: 1,
          perPage: 5,
          timeoutMs: 2_000,
        }),
      ).rejects.toThrow(/did not answer/);
    });
  });
});
