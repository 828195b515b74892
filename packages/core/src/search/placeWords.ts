/**
 * Place words in a search text: a province, a region, a municipality or a postal code, found as
 * the longest run of words that names one. Pure: the municipalities come from the geography in
 * the database, given to `placeIndex`; the search then applies the place as the family's, and
 * the words leave the text.
 */
import { z } from 'zod';
import { provinceCodes, provinces, type ProvinceCode } from '../geography/provinces.ts';
import regionData from './data/regions.json' with { type: 'json' };
import { words } from './normalize.ts';

export type PlaceTarget =
  | { kind: 'province'; province: ProvinceCode }
  | { kind: 'municipality'; nis: string }
  | { kind: 'postcode'; postcode: string };

export const regions = z
  .object({
    regions: z.array(z.object({ name: z.string(), province: z.enum(provinceCodes) })),
  })
  .parse(regionData).regions;

/** Run of words → place. A single word shorter than 3 letters never names a place ("as"). */
export type PlaceIndex = ReadonlyMap<string, PlaceTarget>;

const MAX_WORDS = 4;
const key = (name: string) => words(name).join(' ');

export function placeIndex(
  municipalities: readonly { nis: string; names: string[] }[],
): PlaceIndex {
  const index = new Map<string, PlaceTarget>();
  const add = (name: string, target: PlaceTarget) => {
    const k = key(name);
    if (k === '' || (!k.includes(' ') && k.length < 3)) return;
    if (!index.has(k)) index.set(k, target);
  };
  // Provinces first: "Antwerpen" and "Limburg" name the province sooner than a municipality.
  for (const code of provinceCodes) {
    add(provinces[code].nl, { kind: 'province', province: code });
    add(provinces[code].en, { kind: 'province', province: code });
    add(`provincie ${provinces[code].nl}`, { kind: 'province', province: code });
  }
  for (const r of regions) add(r.name, { kind: 'province', province: r.province });
  for (const m of municipalities)
    for (const name of m.names) add(name, { kind: 'municipality', nis: m.nis });
  return index;
}

export type PlaceInText = {
  target: PlaceTarget;
  /** The words that named it, as typed (for the chip: "in: West-Vlaanderen"). */
  words: string[];
  /** The other words: what the text search still looks for. */
  rest: string[];
};

/** The first place the words name (the longest run), or null. */
export function placeInText(typed: readonly string[], index: PlaceIndex): PlaceInText | null {
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i] ?? '';
    if (/^\d{4}$/.test(word))
      return {
        target: { kind: 'postcode', postcode: word },
        words: [word],
        rest: [...typed.slice(0, i), ...typed.slice(i + 1)],
      };
    for (let n = Math.min(MAX_WORDS, typed.length - i); n >= 1; n--) {
      const run = typed.slice(i, i + n);
      const target = index.get(run.join(' '));
      if (target !== undefined)
        return { target, words: run, rest: [...typed.slice(0, i), ...typed.slice(i + n)] };
    }
  }
  return null;
}
