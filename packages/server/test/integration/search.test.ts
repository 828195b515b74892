import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { fillSearchRows } from '../../src/modules/socialMap/directory/searchRows.ts';
import { writeDirectory } from '../../src/modules/socialMap/directory/writeDirectory.ts';
import { rows } from '../../src/platform/db/database.ts';
import { textMatches, textRank } from '../../src/modules/socialMap/search/textMatch.ts';
import { directorySchema } from '@omringd/core';
import { closeTestApp, createTestApp, getJson, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';

type Hit = {
  name: string;
  distanceKm: number | null;
  outsideFamilyProvince: boolean;
  termCodes: string[];
  legend: { symbol: string }[];
};
type SearchBody = {
  total: number;
  results: Hit[];
  didYouMean: string | null;
  searchedFor: string | null;
  facets: {
    targetGroup: { value: string; count: number }[];
    modality: { value: string; count: number }[];
    domain: { value: string; count: number }[];
    free: number;
    pregnant: number;
  };
  place: { province: string; municipalities: { name: string }[] } | null;
};
type ErrorBody = {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
};

const names = (body: SearchBody) => body.results.map((r) => r.name);

describe.each(storageModes)('service search on %s', (mode) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(mode);
    // A service written with a compound the demo data lacks, to prove compound search.
    await writeDirectory(
      t.database.db,
      directorySchema.parse({
        source: 'test',
        organizations: [
          {
            key: 'test-mantelzorg',
            name: 'Steunpunt Mantelzorg Test',
            description: 'Testorganisatie.',
            services: [
              {
                key: 'test-mantelzorgers',
                name: 'Praatgroep voor jonge mantelzorgers',
                description:
                  'Jonge mantelzorgers ontmoeten elkaar in een geïntegreerde groepswerking.',
                areas: [{ kind: 'province', code: 'VWV' }],
                terms: ['modality:group'],
              },
              {
                // Named to come first alphabetically: only relevance puts it second.
                key: 'test-description-only',
                name: 'Aanspreekpunt gezinnen',
                description: 'Ook voor mantelzorgers en hun gezin, met een vaste begeleider.',
                areas: [{ kind: 'province', code: 'VWV' }],
                terms: ['modality:outpatient'],
              },
            ],
          },
        ],
      }),
      new Date('2026-11-01T00:00:00Z'),
    );
  });
  afterAll(() => closeTestApp(t));

  it('finds a service by a Dutch word in another inflection (stemming)', async () => {
    const { status, body } = await getJson<SearchBody>(t.app, '/api/v1/services?q=zwangere');
    expect(status).toBe(200);
    expect(names(body)).toContain('Tipi');
    expect(body.total).toBeGreaterThan(5);
  });

  it('ignores accents in both the text and the query', async () => {
    const withAccent = await getJson<SearchBody>(t.app, '/api/v1/services?q=geïntegreerde');
    const without = await getJson<SearchBody>(t.app, '/api/v1/services?q=geintegreerde');
    expect(names(without.body)).toContain('Praatgroep voor jonge mantelzorgers');
    expect(names(withAccent.body)).toEqual(names(without.body));
  });

  it('matches a prefix while typing', async () => {
    const { body } = await getJson<SearchBody>(t.app, '/api/v1/services?q=zwangersch');
    expect(names(body)).toContain('Trajectondersteuning tijdens de zwangerschap');
  });

  it('finds compounds: "mantelzorg" finds "mantelzorgers", and the part "zorg" does too', async () => {
    const head = await getJson<SearchBody>(t.app, '/api/v1/services?q=mantelzorg');
    expect(names(head.body)).toEqual([
      'Praatgroep voor jonge mantelzorgers',
      'Aanspreekpunt gezinnen',
    ]);
    const part = await getJson<SearchBody>(t.app, '/api/v1/services?q=zorg&province=VWV');
    expect(names(part.body)).toContain('Praatgroep voor jonge mantelzorgers');
  });

  it('corrects a typo and says so ("did you mean")', async () => {
    const { body } = await getJson<SearchBody>(t.app, '/api/v1/services?q=zwangerchap');
    expect(body.didYouMean).toBe('zwangerschap');
    expect(body.searchedFor).toBe('zwangerschap');
    expect(body.total).toBeGreaterThan(0);
  });

  it('filters by age in months and by pregnancy', async () => {
    const fiveYears = await getJson<SearchBody>(t.app, '/api/v1/services?age=60&targetGroup=koap');
    expect(names(fiveYears.body)).toContain('OP+');
    expect(names(fiveYears.body)).not.toContain('DoDo');
    const pregnant = await getJson<SearchBody>(t.app, '/api/v1/services?age=pregnant&province=VLI');
    expect(names(pregnant.body)).toContain('Veilig en omringd opgroeien van in de buik');
    expect(names(pregnant.body)).not.toContain('Ouderschapsproject');
  });

  it('finds a service that serves beyond its province for a family elsewhere, and marks it', async () => {
    const { body } = await getJson<SearchBody>(
      t.app,
      '/api/v1/services?postcode=3500&modality=residential&perPage=50',
    );
    const tipi = body.results.find((r) => r.name === 'Tipi');
    expect(tipi?.outsideFamilyProvince).toBe(true);
    const local = await getJson<SearchBody>(
      t.app,
      '/api/v1/services?postcode=3500&modality=outpatient&perPage=50',
    );
    expect(names(local.body)).not.toContain('PROject');
  });

  it('resolves a postal code to municipality and province and ranks nearby services first', async () => {
    const { body } = await getJson<SearchBody>(
      t.app,
      '/api/v1/services?postcode=9000&targetGroup=koap&perPage=50',
    );
    expect(body.place?.province).toBe('VOV');
    expect(body.place?.municipalities.map((m) => m.name)).toEqual(['Gent']);
    const distances = body.results.map((r) => r.distanceKm).filter((d): d is number => d !== null);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(body.results[0]?.distanceKm).toBe(0);
  });

  it('counts facets leaving out their own filter', async () => {
    const all = await getJson<SearchBody>(t.app, '/api/v1/services?province=VLI');
    const residential = await getJson<SearchBody>(
      t.app,
      '/api/v1/services?province=VLI&modality=residential',
    );
    const count = all.body.facets.modality.find((f) => f.value === 'residential')?.count;
    expect(count).toBe(residential.body.total);
    expect(residential.body.facets.modality).toEqual(all.body.facets.modality);
    expect(all.body.facets.free).toBe(
      (await getJson<SearchBody>(t.app, '/api/v1/services?province=VLI&free=true')).body.total,
    );
  });

  it('counts every facet value as many as choosing it finds, with several filters set', async () => {
    for (const base of [
      'province=VLI',
      'q=ouders&age=pregnant',
      'age=12&free=true&modality=mobile',
    ]) {
      const { body } = await getJson<SearchBody>(t.app, `/api/v1/services?${base}`);
      const choose = async (name: string, value: string) => {
        const params = new URLSearchParams(base);
        params.set(name, value);
        return (await getJson<SearchBody>(t.app, `/api/v1/services?${params.toString()}`)).body
          .total;
      };
      for (const facet of ['targetGroup', 'modality', 'domain'] as const) {
        for (const { value, count } of body.facets[facet])
          expect({ base, facet, value, count }).toEqual({
            base,
            facet,
            value,
            count: await choose(facet, value),
          });
      }
      expect(body.facets.free).toBe(await choose('free', 'true'));
      expect(body.facets.pregnant).toBe(await choose('age', 'pregnant'));
      expect(body.facets.modality.length + body.facets.domain.length).toBeGreaterThan(0);
    }
  });

  it('rebuilds search rows that are missing at start, as after an upgrade', async () => {
    const before = await getJson<SearchBody>(t.app, '/api/v1/services?q=mantelzorgers');
    await t.database.db.execute(sql`DELETE FROM service_search`);
    const gone = await getJson<SearchBody>(t.app, '/api/v1/services?q=mantelzorgers');
    expect(gone.body.total).toBe(0);
    await fillSearchRows(t.database.db);
    const after = await getJson<SearchBody>(t.app, '/api/v1/services?q=mantelzorgers');
    expect(after.body).toEqual(before.body);
    expect(before.body.total).toBeGreaterThan(0);
  });

  it('ranks a service with the word in its name above one with it only in its description', async () => {
    const { body } = await getJson<SearchBody>(t.app, '/api/v1/services?q=mantelzorgers');
    expect(names(body).slice(0, 2)).toEqual([
      'Praatgroep voor jonge mantelzorgers',
      'Aanspreekpunt gezinnen',
    ]);
  });

  it("ranks with the stored length normalisation exactly as ts_rank's own", async () => {
    const [row] = await rows<{ matches: number; worst: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS matches, max(abs(
            ${textRank('ouder:*', 'x')} - ts_rank(x.rank_vector, to_tsquery('omringd_nl', 'ouder:*'), 1)
          ))::float8 AS worst
          FROM service_search x WHERE ${textMatches('ouder:*', 'x')}`,
    );
    expect(row?.matches).toBeGreaterThan(10);
    expect(row?.worst).toBeLessThan(1e-6);
  });

  it('suggests services while typing, the best first, at most eight', async () => {
    type Suggestions = { suggestions: { id: string; name: string; organizationName: string }[] };
    const typed = await getJson<Suggestions>(t.app, '/api/v1/suggest?q=mantelz');
    expect(typed.status).toBe(200);
    expect(typed.body.suggestions.map((s) => [s.name, s.organizationName])).toEqual([
      ['Praatgroep voor jonge mantelzorgers', 'Steunpunt Mantelzorg Test'],
      ['Aanspreekpunt gezinnen', 'Steunpunt Mantelzorg Test'],
    ]);
    const common = await getJson<Suggestions>(t.app, '/api/v1/suggest?q=ou');
    expect(common.body.suggestions).toHaveLength(8);
    const search = await getJson<SearchBody>(t.app, '/api/v1/services?q=ou');
    expect(common.body.suggestions.map((s) => s.name)).toEqual(names(search.body).slice(0, 8));
    const empty = await getJson<ErrorBody>(t.app, '/api/v1/suggest?q=%20');
    expect(empty.status).toBe(400);
  });

  it('shows the legend symbols of the provincial overview', async () => {
    const { body } = await getJson<SearchBody>(t.app, '/api/v1/services?q=dodo');
    expect(body.results[0]?.legend.map((l) => l.symbol)).toEqual(['ο', 'Φ']);
  });

  it('answers empty, absurd and oversized input with a 400 that says what to fix', async () => {
    const empty = await getJson<ErrorBody>(t.app, '/api/v1/services?q=%20%20');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/type a word or choose at least one filter/);
    const age = await getJson<ErrorBody>(t.app, '/api/v1/services?age=400');
    expect(age.status).toBe(400);
    expect(age.body.error.fields?.[0]?.field).toBe('age');
    const unknownFilter = await getJson<ErrorBody>(t.app, '/api/v1/services?q=zorg&color=red');
    expect(unknownFilter.status).toBe(400);
    const long = await getJson<ErrorBody>(t.app, `/api/v1/services?q=${'zorg '.repeat(60)}`);
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/longer than 200 characters/);
    const postcode = await getJson<ErrorBody>(t.app, '/api/v1/services?postcode=0999');
    expect(postcode.status).toBe(400);
    const unknownPostcode = await getJson<ErrorBody>(t.app, '/api/v1/services?postcode=3499');
    expect(unknownPostcode.body.error.code).toBe('unknown_postcode');
    const symbols = await getJson<ErrorBody>(t.app, '/api/v1/services?q=%21%21%21');
    expect(symbols.status).toBe(400);
  });

  it('is public and documented with OpenAPI 3.1', async () => {
    const { status, body } = await getJson<{ openapi: string; paths: Record<string, unknown> }>(
      t.app,
      '/api/docs/json',
    );
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toContain('/api/v1/services');
  });

  it('returns one service with the phone number valid today and the changed number by date', async () => {
    const { body: found } = await getJson<{ results: { id: string; name: string }[] }>(
      t.app,
      '/api/v1/services?q=zorggarantie&province=VLI',
    );
    const id = found.results.find((r) => r.name === 'Zorggarantie Jonge Kind Limburg')?.id;
    t.now.value = new Date('2022-03-06T20:00:00Z');
    const before = await getJson<{ phones: { number: string }[]; schedules: unknown[] }>(
      t.app,
      `/api/v1/services/${String(id)}`,
    );
    expect(before.body.phones.map((p) => p.number)).toContain('0490 44 82 58');
    expect(before.body.phones.map((p) => p.number)).not.toContain('02 243 55 05');
    t.now.value = new Date('2022-03-06T23:30:00Z'); // 00:30 on 7 March in Brussels
    const after = await getJson<{ phones: { number: string }[] }>(
      t.app,
      `/api/v1/services/${String(id)}`,
    );
    expect(after.body.phones.map((p) => p.number)).toContain('02 243 55 05');
    expect(after.body.phones.map((p) => p.number)).not.toContain('0490 44 82 58');
    expect(before.body.schedules).toHaveLength(3);
    const missing = await getJson<ErrorBody>(
      t.app,
      '/api/v1/services/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.status).toBe(404);
  });
});
