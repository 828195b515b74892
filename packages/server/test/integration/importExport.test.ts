import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { services } from '../../src/platform/db/schema.ts';
import { exportHsds } from '../../src/facades/hsds/exportHsds.ts';
import { importHsds } from '../../src/facades/hsds/importHsds.ts';
import { hsdsServiceFull } from '../../src/facades/hsds/mapToHsds.ts';
import { describeErrors, hsdsValidator } from '../../src/facades/hsds/hsdsSchemas.ts';
import { readServices } from '../../src/modules/socialMap/directory/readService.ts';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { storageModes } from '../support/storageModes.ts';

const at = new Date('2026-11-20T12:00:00Z');
const serviceCount = async (db: TestDatabase) =>
  Number((await db.db.select({ n: count() }).from(services))[0]?.n);

describe.each(storageModes)('HSDS import and export on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(mode);
  });
  afterAll(() => database.drop());

  it('exports the whole directory and re-imports it idempotently (same ids, no duplicates)', async () => {
    const exported = await exportHsds(database.db);
    const before = await serviceCount(database);
    expect(exported.flatMap((o) => o.services as unknown[]).length).toBe(before);
    const first = await importHsds(database.db, exported, at);
    expect(first.errors).toEqual([]);
    expect(first.services).toBe(before);
    expect(await serviceCount(database)).toBe(before);
    const again = await exportHsds(database.db);
    const strip = (x: unknown) =>
      JSON.parse(
        JSON.stringify(x)
          .replace(/"(last_modified|last_action_date|replacement_value)":"[^"]*"/g, '"$1":""')
          .replace(/"id":"[0-9a-f-]{36}","resource_id"/g, '"id":"","resource_id"'),
      ) as unknown;
    expect(strip(again)).toEqual(strip(exported));
  });

  it('imports a list of services with their organization, and updates on re-import', async () => {
    const service = {
      id: '3f1c7a52-0d7e-4c55-9a57-1b2b3c4d5e6f',
      name: 'Babyspeelgroep',
      description: 'Ouders en baby’s spelen samen.',
      status: 'active',
      organization: {
        id: '5b0b8c8e-9e0a-4b8e-8f0d-111122223333',
        name: 'Huis van het Kind Testdorp',
        description: 'Test.',
      },
      service_areas: [
        { id: '6c6c6c6c-0000-4000-8000-000000000001', description: 'municipality:71072' },
      ],
      attributes: [{ id: '6c6c6c6c-0000-4000-8000-000000000002', value: 'modality:group' }],
      service_at_locations: [
        {
          id: '6c6c6c6c-0000-4000-8000-000000000005',
          location: {
            id: '6c6c6c6c-0000-4000-8000-000000000006',
            location_type: 'physical',
            name: 'Speelruimte',
            external_identifier: '71072',
            addresses: [
              {
                id: '6c6c6c6c-0000-4000-8000-000000000007',
                address_1: 'Teststraat 1',
                city: 'Hasselt',
                state_province: 'Limburg',
                postal_code: '3500',
                country: 'BE',
                address_type: 'physical',
              },
            ],
          },
        },
      ],
      capacities: [
        {
          id: '6c6c6c6c-0000-4000-8000-000000000003',
          unit: { id: '6c6c6c6c-0000-4000-8000-000000000004', name: 'plaatsen' },
          available: 3,
          maximum: 12,
          updated: '2026-11-20T09:00:00Z',
        },
      ],
    };
    const before = await serviceCount(database);
    expect((await importHsds(database.db, [service], at)).errors).toEqual([]);
    expect(await serviceCount(database)).toBe(before + 1);
    expect(
      (await importHsds(database.db, [{ ...service, name: 'Babyspeelgroep (nieuw)' }], at)).errors,
    ).toEqual([]);
    expect(await serviceCount(database)).toBe(before + 1);
    const exported = await exportHsds(database.db);
    const names = exported.flatMap((o) => (o.services as { name: string }[]).map((s) => s.name));
    expect(names).toContain('Babyspeelgroep (nieuw)');
    expect(names).not.toContain('Babyspeelgroep');
    const [full] = await readServices(database.db, [service.id]);
    if (full === undefined) throw new Error('the imported service is missing');
    const hsds = hsdsServiceFull(full);
    const [capacity] = hsds.capacities as {
      available: number;
      maximum: number;
      unit: { name: string };
    }[];
    expect(capacity).toMatchObject({ available: 3, maximum: 12, unit: { name: 'plaatsen' } });
    const [place] = hsds.service_at_locations as { location: { addresses: unknown[] } }[];
    expect(place?.location.addresses).toEqual([
      expect.objectContaining({
        address_1: 'Teststraat 1',
        postal_code: '3500',
        state_province: 'Limburg',
      }),
    ]);
    const validate = hsdsValidator('compiled/service.json');
    expect(validate(hsds), describeErrors(validate)).toBe(true);
  });

  it('imports nothing when one record is invalid, and names each invalid record on one line', async () => {
    const before = await serviceCount(database);
    const valid = {
      id: '7a7a7a7a-0000-4000-8000-000000000001',
      name: 'Geldig aanbod',
      description: 'Goed.',
      status: 'active',
      organization: {
        id: '7a7a7a7a-0000-4000-8000-0000000000aa',
        name: 'Org',
        description: 'Org.',
      },
      service_areas: [{ id: '7a7a7a7a-0000-4000-8000-000000000002', description: 'flanders' }],
    };
    const noStatus = {
      ...valid,
      id: '7a7a7a7a-0000-4000-8000-000000000003',
      name: 'Zonder status',
      status: undefined,
    };
    const badId = { ...valid, id: 'not-a-uuid', name: 'Slechte id' };
    const unknownProvince = {
      ...valid,
      id: '7a7a7a7a-0000-4000-8000-000000000004',
      name: 'Onbekende provincie',
      service_areas: [{ id: '7a7a7a7a-0000-4000-8000-000000000005', description: 'province:VXX' }],
    };
    const result = await importHsds(database.db, [valid, noStatus, badId], at);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/record 2 \(service "Zonder status".*status/);
    expect(result.errors[1]).toMatch(/record 3 \(service "Slechte id".*id/);
    expect(await serviceCount(database)).toBe(before);
    const profileError = await importHsds(database.db, [valid, unknownProvince], at);
    expect(profileError.errors).toHaveLength(1);
    expect(profileError.errors[0]).toMatch(
      /Onbekende provincie.*areas\.0\.code: unknown province code/,
    );
    expect(await serviceCount(database)).toBe(before);
    expect((await importHsds(database.db, 42, at)).errors[0]).toMatch(
      /HSDS organizations or services: a list, a page of them .* or one of them/,
    );
  });

  it('runs migrations again without change', async () => {
    await database.migrate();
    expect(await serviceCount(database)).toBeGreaterThan(30);
  });
});
