/**
 * The search understands a professional's question, on the demo social map and both storage
 * modes: never an empty page for a question with meaning (any of the words, saying which were
 * left out), place words as the family's place, names as typed, the field's synonyms, and "did
 * you mean" only for a word that is no word.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, getJson, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';

type Body = {
  total: number;
  anyWord: boolean;
  placeWords: string[] | null;
  textWithoutPlace: string | null;
  place: { province: string } | null;
  didYouMean: string | null;
  results: { name: string; missingWords: string[] }[];
};

describe.each(storageModes)('what a search means on %s', (mode) => {
  let t: TestApp;
  const search = async (q: string, more = '') =>
    (await getJson<Body>(t.app, `/api/v1/services?q=${encodeURIComponent(q)}${more}`)).body;
  const top5 = (b: Body) => b.results.slice(0, 5).map((r) => r.name);
  beforeAll(async () => {
    t = await createTestApp(mode);
  });
  afterAll(() => closeTestApp(t));

  it('answers the five questions that found nothing with the right service in the top five', async () => {
    expect(top5(await search('alleenstaande vader verslaving jonge kinderen'))).toContain('Tipi');
    expect(top5(await search('ontwenning ouders kinderen Antwerpen'))).toContain('OP+');
    expect(top5(await search('ongeboren kind drugafhankelijke ouders West-Vlaanderen'))).toContain(
      'DoDo',
    );
    expect(top5(await search('zwangerchap middelengebruik limburg')).join('|')).toMatch(
      /Zorggroep Zin|PRAGT/,
    );
    expect(top5(await search('OP+'))[0]).toBe('OP+');
  });

  it('takes any of the words when all of them find less than a page, and says which are missing', async () => {
    const body = await search('alleenstaande vader verslaving jonge kinderen');
    expect(body.anyWord).toBe(true);
    expect(body.results[0]).toMatchObject({ name: 'Tipi', missingWords: [] });
    expect(body.results.slice(1).some((r) => r.missingWords.length > 0)).toBe(true);
    const nothing = await search('qwxzv blorptak');
    expect(nothing.total).toBe(0);
  });

  it('applies a place in the text as the family’s place, unless a place filter says otherwise', async () => {
    const body = await search('ongeboren kind drugafhankelijke ouders West-Vlaanderen');
    expect(body.placeWords).toEqual(['west', 'vlaanderen']);
    expect(body.place?.province).toBe('VWV');
    expect(body.textWithoutPlace).toBe('ongeboren kind drugafhankelijke ouders');
    const filtered = await search('drugs West-Vlaanderen', '&province=VLI');
    expect(filtered.place?.province).toBe('VLI');
    expect(filtered.placeWords).toBeNull();
    const postcode = await search('opvoeding 9000');
    expect(postcode.place?.province).toBe('VOV');
  });

  it('finds a name as typed, stop words and symbols included', async () => {
    expect((await search('De Kiem')).results.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Tipi', 'Ambulant Centrum Geraardsbergen']),
    );
    expect(top5(await search('1 Gezin 1 Plan'))[0]).toBe('1 Gezin 1 Plan');
  });

  it('finds the words of the field that mean the same', async () => {
    const papa = await search('papa');
    expect(papa.results.map((r) => r.name)).toContain('Tipi');
    const drugs = await search('drugs');
    expect(drugs.total).toBeGreaterThanOrEqual(13);
  });

  it('corrects only a word that is no word', async () => {
    expect((await search('zwangerchap')).didYouMean).toBe('zwangerschap');
    expect((await search('postnatale depressie')).didYouMean).toBeNull();
    expect((await search('postnatale depressie')).total).toBeGreaterThan(0);
  });

  it('finds something for every example the search field offers', async () => {
    const nl = JSON.parse(
      await readFile(new URL('../../../web/src/locales/nl.json', import.meta.url), 'utf8'),
    ) as { search: { queryHint: string } };
    const examples = nl.search.queryHint
      .replace(/^[^:]*:/, '')
      .split(',')
      .map((e) => e.trim());
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples)
      expect((await search(example)).total, example).toBeGreaterThan(0);
  });

  it('suggests a service by its name as typed', async () => {
    const { body } = await getJson<{ suggestions: { name: string }[] }>(
      t.app,
      `/api/v1/suggest?q=${encodeURIComponent('OP+')}`,
    );
    expect(body.suggestions[0]?.name).toBe('OP+');
  });
});
