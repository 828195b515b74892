import { describe, expect, it } from 'vitest';
import {
  addressSchema,
  allTermCodes,
  findTerm,
  MAX_TERM_BITS,
  phonesValidOn,
  serviceSchema,
  taxonomies,
  termBits,
  termMask,
} from '../src/index.ts';

describe('taxonomy', () => {
  it('has Dutch and English labels for every term and unique codes', () => {
    const keys = taxonomies.flatMap((t) => t.terms.map((x) => `${t.code}:${x.code}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(allTermCodes.size).toBe(keys.length);
    for (const t of taxonomies)
      for (const term of t.terms) expect(term.labels.nl && term.labels.en).toBeTruthy();
    expect(findTerm('target-group:koap')?.term.symbol).toBe('ο');
    expect(findTerm('target-group:pregnant-addiction')?.term.symbol).toBe('Φ');
    expect(taxonomies.find((t) => t.code === 'hvhk-domain')?.terms).toHaveLength(5);
  });
});

describe('service record', () => {
  const base = { key: 'x', name: 'X', description: 'Y', areas: [{ kind: 'flanders' }] };

  it('refuses an unknown term and a reversed age window', () => {
    expect(
      serviceSchema.safeParse({ ...base, terms: ['modality:teleport'] }).error?.issues[0]?.message,
    ).toMatch(/unknown taxonomy term/);
    expect(
      serviceSchema.safeParse({ ...base, ageMinMonths: 40, ageMaxMonths: 10 }).error?.issues[0]
        ?.message,
    ).toMatch(/minimum age is above/);
    expect(serviceSchema.safeParse({ ...base, ageMinMonths: -12 }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...base, ageMaxMonths: 1441 }).success).toBe(false);
  });

  it('keeps what HSDS allows: parents’ ages, no area or one in words, an address abroad', () => {
    expect(serviceSchema.safeParse({ ...base, ageMinMonths: 192, ageMaxMonths: 540 }).success).toBe(
      true,
    );
    expect(serviceSchema.safeParse({ ...base, areas: [] }).success).toBe(true);
    expect(
      serviceSchema.safeParse({
        ...base,
        areas: [{ kind: 'described', name: 'De regio Leuven en omstreken' }],
      }).success,
    ).toBe(true);
    const address = { street: 'Main Street 1', city: 'MyCity' };
    expect(
      addressSchema.safeParse({ ...address, postalCode: 'ABC 1234', country: 'US' }).success,
    ).toBe(true);
    expect(
      addressSchema.safeParse({ ...address, postalCode: 'ABC 1234' }).error?.issues[0]?.message,
    ).toMatch(/Belgian postal code/);
  });

  it('keeps the phone numbers that hold on a day', () => {
    const phones = [
      { number: 'old', validTo: '2022-03-06' },
      { number: 'new', validFrom: '2022-03-07' },
      { number: 'always' },
    ];
    expect(phonesValidOn(phones, '2022-03-06').map((p) => p.number)).toEqual(['old', 'always']);
    expect(phonesValidOn(phones, '2022-03-07').map((p) => p.number)).toEqual(['new', 'always']);
  });
});

describe('term bits', () => {
  it('gives every taxonomy term its own bit below the limit', () => {
    const bits = [...allTermCodes].map((code) => termBits[code]);
    expect(bits.every((b) => b !== undefined && b >= 0 && b < MAX_TERM_BITS)).toBe(true);
    expect(new Set(bits).size).toBe(allTermCodes.size);
    expect(Object.keys(termBits).every((code) => allTermCodes.has(code))).toBe(true);
  });

  it('builds masks that hold exactly the bits of the terms', () => {
    const codes = ['modality:residential', 'target-group:koap'];
    const mask = termMask(codes);
    for (const code of allTermCodes) {
      const bit = termBits[code] ?? -1;
      expect(Math.floor(mask / 2 ** bit) % 2 === 1).toBe(codes.includes(code));
    }
  });
});
