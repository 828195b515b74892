/**
 * Belgian provinces and how to recognise them from a NIS code or a postal code.
 * Both mappings are stable, published rules (Statbel NIS codes, bpost postal ranges).
 */
import type { Labels } from '../taxonomy/terms.ts';

export const provinceCodes = [
  'VAN',
  'VBR',
  'VLI',
  'VOV',
  'VWV',
  'BRU',
  'WBR',
  'WHT',
  'WLG',
  'WLX',
  'WNA',
] as const;
export type ProvinceCode = (typeof provinceCodes)[number];

export const provinces: Record<ProvinceCode, Labels & { flemish: boolean }> = {
  VAN: { nl: 'Antwerpen', en: 'Antwerp', flemish: true },
  VBR: { nl: 'Vlaams-Brabant', en: 'Flemish Brabant', flemish: true },
  VLI: { nl: 'Limburg', en: 'Limburg', flemish: true },
  VOV: { nl: 'Oost-Vlaanderen', en: 'East Flanders', flemish: true },
  VWV: { nl: 'West-Vlaanderen', en: 'West Flanders', flemish: true },
  BRU: { nl: 'Brussels Hoofdstedelijk Gewest', en: 'Brussels-Capital Region', flemish: false },
  WBR: { nl: 'Waals-Brabant', en: 'Walloon Brabant', flemish: false },
  WHT: { nl: 'Henegouwen', en: 'Hainaut', flemish: false },
  WLG: { nl: 'Luik', en: 'Liège', flemish: false },
  WLX: { nl: 'Luxemburg', en: 'Luxembourg', flemish: false },
  WNA: { nl: 'Namen', en: 'Namur', flemish: false },
};

export function isProvinceCode(value: string): value is ProvinceCode {
  return (provinceCodes as readonly string[]).includes(value);
}

/** Province of a municipality from the first digits of its five-digit NIS code. */
export function provinceOfNis(nis: string): ProvinceCode | undefined {
  const two = Number(nis.slice(0, 2));
  if (!/^\d{5}$/.test(nis)) return undefined;
  if (two >= 11 && two <= 13) return 'VAN';
  if (two === 21) return 'BRU';
  if (two === 23 || two === 24) return 'VBR';
  if (two === 25) return 'WBR';
  if (two >= 31 && two <= 38) return 'VWV';
  if (two >= 41 && two <= 46) return 'VOV';
  if (two >= 51 && two <= 58) return 'WHT';
  if (two >= 61 && two <= 64) return 'WLG';
  if (two >= 71 && two <= 73) return 'VLI';
  if (two >= 81 && two <= 85) return 'WLX';
  if (two >= 91 && two <= 93) return 'WNA';
  return undefined;
}

/** Province of a Belgian postal code by bpost's ranges; undefined when it is not a Belgian code. */
export function provinceOfPostalCode(postalCode: string): ProvinceCode | undefined {
  if (!/^\d{4}$/.test(postalCode)) return undefined;
  const n = Number(postalCode);
  if (n < 1000) return undefined;
  if (n <= 1299) return 'BRU';
  if (n <= 1499) return 'WBR';
  if (n <= 1999) return 'VBR';
  if (n <= 2999) return 'VAN';
  if (n <= 3499) return 'VBR';
  if (n <= 3999) return 'VLI';
  if (n <= 4999) return 'WLG';
  if (n <= 5999) return 'WNA';
  if (n <= 6599) return 'WHT';
  if (n <= 6999) return 'WLX';
  if (n <= 7999) return 'WHT';
  if (n <= 8999) return 'VWV';
  return 'VOV';
}

/** Great-circle distance in kilometres (haversine), for ranking by distance. */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
