/**
 * In a large directory a search for any of the words does not bring in every service that has one
 * common word: the services with a rarer word come first, else those with two of the common
 * words, and only then any word at all. The shares come from the planner's statistics (ANALYZE),
 * on both storage modes.
 */
import { directorySchema } from '@omringd/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDirectory } from '../../src/modules/socialMap/directory/writeDirectory.ts';
import { rows } from '../../src/platform/db/database.ts';
import { closeTestApp, createTestApp, getJson, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';

type Body = {
  total: number;
  anyWord: boolean;
  results: { name: string; description: string; missingWords: string[] }[];
};

/** Many services with the common words, a few with a rarer one, some with one common word only. */
function largeDirectory() {
  const service = (key: string, name: string, description: string) => ({
    key,
    name,
    description,
    areas: [{ kind: 'flanders' }],
  });
  return directorySchema.parse({
    source: 'Gegenereerde sociale kaart voor de test',
    organizations: [
      {
        key: 'rarity-org',
        name: 'Testnetwerk Gezinsondersteuning',
        description: 'Een netwerk van diensten voor gezinnen.',
        services: [
          ...Array.from({ length: 2200 }, (_, i) =>
            service(
              `common-${i}`,
              `Gezinsondersteuning ${i}`,
              i < 25
                ? 'Opvoeding en hulp voor ouders van jonge kinderen, ook bij hechtingsproblemen.'
                : 'Opvoeding en hulp voor ouders van jonge kinderen.',
            ),
          ),
          ...Array.from({ length: 400 }, (_, i) =>
            service(`single-${i}`, `Speelruimte ${i}`, 'Een plek om te spelen voor kinderen.'),
          ),
        ],
      },
    ],
  });
}

describe.each(storageModes)('any of the words in a large directory on %s', (mode) => {
  let t: TestApp;
  const search = async (q: string) =>
    (await getJson<Body>(t.app, `/api/v1/services?q=${encodeURIComponent(q)}`)).body;
  /** Active services that have at least `least` of the words, counted apart from the search. */
  const withAtLeast = async (words: string[], least: number) => {
    const has = words.map(
      (w) => sql`((s.rank_vector || s.extra_vector) @@ to_tsquery('omringd_nl', ${`${w}:*`}))::int`,
    );
    const [row] = await rows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM service_search s
          WHERE s.active AND ${sql.join(has, sql` + `)} >= ${least}`,
    );
    return row?.n ?? -1;
  };

  beforeAll(async () => {
    t = await createTestApp(mode);
    await writeDirectory(t.database.db, largeDirectory(), t.now.value);
    await t.database.db.execute(sql`ANALYZE service_search`);
  }, 120_000);
  afterAll(() => closeTestApp(t));

  it('brings in the services with the rarer word, not every service with a common one', async () => {
    const body = await search('opvoeding kinderen hechtingsproblemen vrondel');
    expect(body.anyWord).toBe(true);
    expect(body.total).toBe(await withAtLeast(['hechtingsproblemen', 'vrondel'], 1));
    expect(body.total).toBeGreaterThanOrEqual(25);
    expect(body.total).toBeLessThan(await withAtLeast(['opvoeding', 'kinderen'], 1));
    expect(body.results[0]?.missingWords).toEqual(['vrondel']);
    for (const r of body.results) expect(r.missingWords).not.toContain('hechtingsproblemen');
  });

  it('takes two of the common words when no rarer word finds a page', async () => {
    const body = await search('opvoeding ouders kinderen vrondel');
    expect(body.anyWord).toBe(true);
    expect(body.total).toBe(await withAtLeast(['opvoeding', 'ouders', 'kinderen'], 2));
    // The services with only "kinderen" stay out.
    expect(body.total).toBeLessThan(await withAtLeast(['opvoeding', 'ouders', 'kinderen'], 1));
    for (const r of body.results) expect(r.missingWords.length).toBeLessThanOrEqual(2);
  });
});
