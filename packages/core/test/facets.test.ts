import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetOfTerm, termBits, termCounts, termLanes, type TermFacet } from '../src/index.ts';

const codes = Object.keys(termBits);
const facets: TermFacet[] = ['targetGroup', 'modality', 'domain'];

describe('facet counts from summed term lanes', () => {
  it('equal counting the terms of every match one by one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 8 }), { maxLength: 80 }),
        (matches) => {
          const sum = matches.reduce((s, terms) => s + termLanes(terms), 0n);
          for (const facet of facets) {
            const expected = new Map<string, number>();
            for (const terms of matches)
              for (const code of terms)
                if (facetOfTerm(code) === facet) expected.set(code, (expected.get(code) ?? 0) + 1);
            expect(termCounts(sum.toString(), facet)).toEqual(expected);
          }
        },
      ),
    );
  });

  it('keeps counts apart up to the lane limit, also in the highest lane', () => {
    const highest = codes.reduce((a, b) => ((termBits[a] ?? 0) > (termBits[b] ?? 0) ? a : b));
    const lowest = codes.find((c) => termBits[c] === 0) ?? '';
    const limit = 2 ** 21 - 1;
    const sum = termLanes([highest]) * BigInt(limit) + termLanes([lowest]) * BigInt(limit);
    expect(termCounts(sum, facetOfTerm(highest)).get(highest)).toBe(limit);
    expect(termCounts(sum, facetOfTerm(lowest)).get(lowest)).toBe(limit);
  });

  it('ignores terms without a bit', () => {
    expect(termLanes(['no-such:term'])).toBe(0n);
  });
});
