import { provinceOfNis, provinceOfPostalCode } from '@omringd/core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brusselsDay } from '../../src/platform/clock.ts';
import { recordId, stableUuid } from '../../src/platform/ids.ts';

const tsv = (name: string) =>
  readFileSync(new URL(`../../data/geo/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));

describe('shipped geography', () => {
  const municipalities = tsv('be-municipalities.tsv');
  const nisCodes = new Set(municipalities.map((m) => m[0]));

  it('lists the 285 Flemish and 19 Brussels municipalities after the 2025 mergers', () => {
    expect(municipalities).toHaveLength(304);
    expect(municipalities.filter((m) => provinceOfNis(m[0] ?? '') === 'BRU')).toHaveLength(19);
    expect(municipalities.map((m) => m[1])).toContain('Tongeren-Borgloon');
    expect(municipalities.map((m) => m[1])).not.toContain('Kortessem');
  });

  it('puts every postal code in a listed municipality, in the province of its range but for the merger exceptions', () => {
    // Since 2025 Zwijndrecht (2070) is part of Beveren-Kruibeke-Zwijndrecht, East Flanders: the
    // table, not the postal range, decides the province.
    const crossProvince = new Map([['2070', 'VOV']]);
    for (const [postcode = '', nisList = ''] of tsv('be-postal-codes.tsv')) {
      for (const nis of nisList.split(',')) {
        expect(nisCodes.has(nis), `${postcode} → ${nis}`).toBe(true);
        expect(provinceOfNis(nis), postcode).toBe(
          crossProvince.get(postcode) ?? provinceOfPostalCode(postcode),
        );
      }
    }
  });

  it('has coordinates inside Belgium for every municipality', () => {
    for (const [, , , lat, lon] of municipalities) {
      expect(Number(lat)).toBeGreaterThan(49.4);
      expect(Number(lat)).toBeLessThan(51.6);
      expect(Number(lon)).toBeGreaterThan(2.5);
      expect(Number(lon)).toBeLessThan(6.5);
    }
  });
});

describe('ids and days', () => {
  it('gives stable version-5 UUIDs and keeps UUID keys', () => {
    expect(stableUuid('service', 'tipi')).toBe(stableUuid('service', 'tipi'));
    expect(stableUuid('service', 'tipi')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(recordId('service', '3F1C7A52-0D7E-4C55-9A57-1B2B3C4D5E6F')).toBe(
      '3f1c7a52-0d7e-4c55-9a57-1b2b3c4d5e6f',
    );
  });

  it('uses the calendar day of Brussels, across daylight saving changes', () => {
    expect(brusselsDay(new Date('2022-03-06T23:30:00Z'))).toBe('2022-03-07');
    expect(brusselsDay(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(brusselsDay(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
    expect(brusselsDay(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25');
  });
});
