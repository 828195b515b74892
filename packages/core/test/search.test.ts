import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compoundParts,
  describeAgeWindow,
  fitsAgeWindow,
  foldAccents,
  searchTerms,
  serviceSearchQuerySchema,
  words,
  SEARCH_TEXT_MAX,
} from '../src/index.ts';

describe('text normalisation', () => {
  it('folds accents and splits into lower-case words', () => {
    expect(foldAccents('geïntegreerde continuïteit café')).toBe('geintegreerde continuiteit cafe');
    expect(words('Moeder-Baby consult (VAGGA)!')).toEqual(['moeder', 'baby', 'consult', 'vagga']);
  });

  it('yields only letters and digits, so terms are safe in a tsquery', () => {
    fc.assert(
      fc.property(fc.string(), (s) =>
        searchTerms(s).every((t) => /^[\p{L}\p{N}]+$/u.test(t) && !/[&|!():*<>']/.test(t)),
      ),
    );
  });
});

describe('compound parts', () => {
  it('finds the known parts of Dutch compounds', () => {
    expect(compoundParts('mantelzorgers')).toContain('zorg');
    expect(compoundParts('verslavingsproblemen')).toContain('verslaving');
    expect(compoundParts('zorg')).toEqual([]);
  });

  it('only returns parts that occur in the word and are shorter than it', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'b',
            'd',
            'e',
            'g',
            'i',
            'k',
            'l',
            'm',
            'n',
            'o',
            'r',
            's',
            't',
            'u',
            'v',
            'w',
            'z',
          ),
          maxLength: 30,
        }),
        (w) => compoundParts(w).every((p) => w.includes(p) && p.length < w.length),
      ),
    );
  });
});

describe('age windows', () => {
  const window = (min: number | null, max: number | null, duringPregnancy = false) => ({
    minMonths: min,
    maxMonths: max,
    duringPregnancy,
  });

  it('matches an age inside the window and pregnancy when the window starts before birth', () => {
    expect(fitsAgeWindow(window(0, 83), 60)).toBe(true);
    expect(fitsAgeWindow(window(0, 83), 84)).toBe(false);
    expect(fitsAgeWindow(window(-9, 35), 'pregnant')).toBe(true);
    expect(fitsAgeWindow(window(0, 155), 'pregnant')).toBe(false);
    expect(fitsAgeWindow(window(null, null, true), 'pregnant')).toBe(true);
  });

  it('agrees with the bounds for every age and window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9, max: 216 }),
        fc.integer({ min: -9, max: 216 }),
        fc.integer({ min: -9, max: 216 }),
        (a, b, age) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          return fitsAgeWindow(window(min, max), age) === (age >= min && age <= max);
        },
      ),
    );
  });

  it('describes a window in Dutch and English', () => {
    expect(describeAgeWindow(window(-9, 35, true), 'nl')).toBe(
      'vanaf de zwangerschap t.e.m. 2 jaar',
    );
    expect(describeAgeWindow(window(0, 83), 'nl')).toBe('vanaf de geboorte t.e.m. 6 jaar');
    expect(describeAgeWindow(window(-9, 0, true), 'nl')).toBe('tijdens de zwangerschap');
    expect(describeAgeWindow(window(-9, 6, true), 'en')).toBe('from pregnancy through 6 months');
    expect(describeAgeWindow(window(12, 72), 'en')).toBe('from 1 year through 6 years');
    expect(describeAgeWindow(window(null, null), 'nl')).toBe('alle leeftijden');
  });
});

describe('search query', () => {
  const parse = (q: Record<string, string>) => serviceSearchQuerySchema.safeParse(q);
  const messages = (q: Record<string, string>) => {
    const r = parse(q);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts a word, a postal code, an age or pregnancy, and filters', () => {
    const r = parse({
      q: 'zwanger',
      postcode: '3500',
      age: '-3',
      modality: 'mobile',
      free: 'true',
    });
    expect(r.success && r.data).toMatchObject({
      q: 'zwanger',
      postcode: '3500',
      age: -3,
      modality: 'mobile',
      free: true,
      page: 1,
      perPage: 20,
    });
    expect(parse({ age: 'pregnant' }).data?.age).toBe('pregnant');
  });

  it('refuses an empty search, with what to do', () => {
    expect(messages({})).toEqual([
      'The search is empty: type a word or choose at least one filter.',
    ]);
    expect(messages({ q: '   ' })).toHaveLength(1);
  });

  it('refuses absurd values and oversized text, naming the limit', () => {
    expect(messages({ age: '-10' })[0]).toMatch(/at least -9/);
    expect(messages({ age: 'three' })[0]).toMatch(/whole months/);
    expect(messages({ q: 'a'.repeat(SEARCH_TEXT_MAX + 1) })[0]).toMatch(/longer than 200/);
    expect(messages({ q: 'zorg', perPage: '500' })[0]).toMatch(/at most 50/);
    expect(messages({ q: 'zorg', modality: 'teleport' })[0]).toMatch(/modality must be one of/);
    expect(messages({ q: 'zorg', unexpected: '1' })).toHaveLength(1);
  });
});
