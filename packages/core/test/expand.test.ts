import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combineTsquery,
  expandWords,
  pairsTsquery,
  nameKey,
  placeIndex,
  placeInText,
  stopWords,
  synonymGroups,
  synonymsSchema,
} from '../src/index.ts';
import synonymData from '../src/search/data/synonyms.json' with { type: 'json' };

describe('the words of the field', () => {
  it('keeps its synonym list valid: one word per entry, groups of two or more', () => {
    expect(synonymsSchema.safeParse(synonymData).success).toBe(true);
    expect(synonymGroups.length).toBeGreaterThan(10);
  });

  it('finds the words that mean the same, also for a longer form of one', () => {
    const [drugs] = expandWords(['drugafhankelijke']);
    expect(drugs?.alternatives).toEqual(expect.arrayContaining(['verslaving', 'middelengebruik']));
    expect(expandWords(['papa'])[0]?.alternatives).toContain('vader');
    expect(expandWords(['zwangere'])[0]?.alternatives).toContain('ongeboren');
    expect(expandWords(['kinderopvang'])[0]?.alternatives).toContain('creche');
    expect(expandWords(['kinderopvnag'])[0]?.alternatives).toEqual(['kinderopvnag']);
    expect(expandWords(['zwangerchap'])[0]?.alternatives).toEqual(['zwangerchap']);
  });

  it('leaves out stop words, which the index does not hold', () => {
    expect(expandWords(['op', 'de', 'kiem']).map((g) => g.word)).toEqual(['kiem']);
    expect(stopWords.has('van')).toBe(true);
  });

  it('writes a text-search query of any or all words, safe for any folded words', () => {
    expect(combineTsquery(expandWords(['vader', 'gent']), 'all')).toMatch(
      /^\(vader:\* \| papa:\* .*\) & \(gent:\*\)$/,
    );
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { maxLength: 8 }), (ws) => {
        const q = combineTsquery(expandWords(ws), 'any') ?? '';
        return /^[a-z0-9:*|&() ]*$/.test(q);
      }),
    );
  });

  it('writes a query of two words at least: every pair, none for one word', () => {
    const groups = [
      { word: 'a', alternatives: ['a'] },
      { word: 'b', alternatives: ['b', 'bb'] },
      { word: 'c', alternatives: ['c'] },
    ];
    expect(pairsTsquery(groups)).toBe(
      '((a:*) & (b:* | bb:*)) | ((a:*) & (c:*)) | ((b:* | bb:*) & (c:*))',
    );
    expect(pairsTsquery(groups.slice(0, 1))).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), (n) => {
        const many = Array.from({ length: n }, (_, i) => ({
          word: `w${i}`,
          alternatives: [`w${i}`],
        }));
        return (pairsTsquery(many)?.split(' | ').length ?? 0) === (n * (n - 1)) / 2;
      }),
    );
  });

  it('keeps a name as typed, symbols and stop words included', () => {
    expect(nameKey('  OP+ ')).toBe('op+');
    expect(nameKey('De  Kiem')).toBe('de kiem');
    expect(nameKey('Crèche')).toBe('creche');
  });
});

describe('place words in a search text', () => {
  const index = placeIndex([
    { nis: '11002', names: ['Antwerpen', 'Anvers'] },
    { nis: '44021', names: ['Gent', 'Gand'] },
    { nis: '23094', names: ['Sint-Pieters-Leeuw'] },
    { nis: '71002', names: ['As'] },
  ]);

  it('finds a province, a region, a municipality of several words, a postal code', () => {
    expect(placeInText(['drugs', 'west', 'vlaanderen'], index)).toMatchObject({
      target: { kind: 'province', province: 'VWV' },
      words: ['west', 'vlaanderen'],
      rest: ['drugs'],
    });
    expect(placeInText(['aanstaande', 'ouders', 'noord', 'limburg'], index)?.target).toEqual({
      kind: 'province',
      province: 'VLI',
    });
    expect(placeInText(['opvoeding', 'sint', 'pieters', 'leeuw'], index)?.target).toEqual({
      kind: 'municipality',
      nis: '23094',
    });
    expect(placeInText(['3500', 'zwanger'], index)).toMatchObject({
      target: { kind: 'postcode', postcode: '3500' },
      rest: ['zwanger'],
    });
  });

  it('takes the province sooner than the municipality of the same name, and never a two-letter word', () => {
    expect(placeInText(['antwerpen'], index)?.target).toEqual({
      kind: 'province',
      province: 'VAN',
    });
    expect(placeInText(['zorg', 'as'], index)).toBeNull();
  });
});
