import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, provinceOfNis, provinceOfPostalCode, provinces } from '../src/index.ts';

describe('provinces', () => {
  it('maps NIS codes of every province', () => {
    expect(provinceOfNis('71072')).toBe('VLI');
    expect(provinceOfNis('44021')).toBe('VOV');
    expect(provinceOfNis('21004')).toBe('BRU');
    expect(provinceOfNis('24062')).toBe('VBR');
    expect(provinceOfNis('7107')).toBeUndefined();
  });

  it('maps postal codes by bpost range', () => {
    expect(provinceOfPostalCode('3500')).toBe('VLI');
    expect(provinceOfPostalCode('3000')).toBe('VBR');
    expect(provinceOfPostalCode('1000')).toBe('BRU');
    expect(provinceOfPostalCode('1300')).toBe('WBR');
    expect(provinceOfPostalCode('8400')).toBe('VWV');
    expect(provinceOfPostalCode('0999')).toBeUndefined();
    expect(provinceOfPostalCode('35000')).toBeUndefined();
  });

  it('gives every four-digit code from 1000 to 9999 a known province', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (n) => {
        const p = provinceOfPostalCode(String(n));
        expect(p === undefined ? undefined : provinces[p]).toBeDefined();
      }),
    );
  });

  it('computes distances that are symmetric, zero on the spot, and about 70 km from Gent to Antwerpen', () => {
    const gent = { lat: 51.05361, lon: 3.72245 };
    const antwerpen = { lat: 51.21472, lon: 4.41997 };
    expect(distanceKm(gent, gent)).toBe(0);
    expect(distanceKm(gent, antwerpen)).toBeGreaterThan(45);
    expect(distanceKm(gent, antwerpen)).toBeLessThan(55);
    const point = fc.record({
      lat: fc.double({ min: 49.4, max: 51.6, noNaN: true }),
      lon: fc.double({ min: 2.5, max: 6.4, noNaN: true }),
    });
    fc.assert(
      fc.property(
        point,
        point,
        (a, b) => Math.abs(distanceKm(a, b) - distanceKm(b, a)) < 1e-9 && distanceKm(a, b) >= 0,
      ),
    );
  });
});
