/** A family's mobile number as people write it, kept once in E.164; anything else refused. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { looksLikePhone, mobileNumberSchema, normaliseMobile } from '../src/index.ts';

describe('a mobile number', () => {
  it('is the same number however it is written', () => {
    for (const written of [
      '0470 12 34 56',
      '0470/12.34.56',
      '+32 470 12 34 56',
      '0032 470 12 34 56',
      '+32470123456',
    ])
      expect(normaliseMobile(written), written).toBe('+32470123456');
    expect(normaliseMobile('+31 6 12345678')).toBe('+31612345678');
  });

  it('refuses what is not a phone number, saying what to write', () => {
    for (const written of ['04 12', 'sanne', '', '0470 12 34 56 78 90 12'])
      expect(normaliseMobile(written), written).toBeUndefined();
    const refused = mobileNumberSchema.safeParse('abc');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/0470 12 34 56/);
  });

  it('tells a phone number from an e-mail address at sign-in', () => {
    expect(looksLikePhone('0470 12 34 56')).toBe(true);
    expect(looksLikePhone('sanne@example.be')).toBe(false);
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        expect(looksLikePhone(email)).toBe(false);
      }),
    );
  });

  it('keeps every valid Belgian mobile number as +324… and nine digits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '460',
          '470',
          '471',
          '472',
          '473',
          '474',
          '475',
          '476',
          '477',
          '478',
          '479',
          '484',
          '485',
          '486',
          '487',
          '488',
          '489',
          '490',
          '491',
          '492',
          '493',
          '494',
          '495',
          '496',
          '497',
          '498',
          '499',
        ),
        fc.stringMatching(/^\d{6}$/),
        (prefix, rest) => {
          const written = `0${prefix} ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`;
          expect(normaliseMobile(written)).toBe(`+32${prefix}${rest}`);
        },
      ),
    );
  });
});
