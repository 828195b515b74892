/**
 * The family of a case file and the birth: what the referral carries in, and how the windows that
 * count from the birth move when the child is born (property tests over dates, and the programmes'
 * own examples).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  ageWindowEndsOn,
  familyDetailsSchema,
  familyFromReferral,
  familyHasBornChild,
  recordBirth,
  windowMove,
  type FamilyMember,
} from '../src/index.ts';

const days = fc
  .integer({ min: 0, max: 365 * 30 })
  .map((n) => DateTime.fromISO('2000-01-01').plus({ days: n }).toISODate() ?? '');
const day = (iso: string) => DateTime.fromISO(iso);

describe('the end of an age window, counted from the birth', () => {
  it('Opkomst ends six months after the birth, Zorggarantie at the third birthday', () => {
    expect(ageWindowEndsOn({ kind: 'months_after_birth', months: 6 }, '2027-02-20')).toBe(
      '2027-08-20',
    );
    expect(ageWindowEndsOn({ kind: 'birthday', years: 3 }, '2027-02-20')).toBe('2030-02-20');
    // A child born on 29 February has its birthday on 28 February in other years.
    expect(ageWindowEndsOn({ kind: 'birthday', years: 3 }, '2028-02-29')).toBe('2031-02-28');
    // Six months after 31 August is the last day of February.
    expect(ageWindowEndsOn({ kind: 'months_after_birth', months: 6 }, '2026-08-31')).toBe(
      '2027-02-28',
    );
  });

  it('Opkomst+ ends on the first 1 September at or after the configured age', () => {
    const end = { kind: 'first_school_day', months: 30 } as const;
    expect(ageWindowEndsOn(end, '2027-01-15')).toBe('2029-09-01');
    expect(ageWindowEndsOn(end, '2027-03-01')).toBe('2029-09-01');
    expect(ageWindowEndsOn(end, '2027-03-02')).toBe('2030-09-01');
  });

  it('always ends after the birth, and a later birth never ends earlier', () => {
    const ends = fc.oneof(
      fc.integer({ min: 1, max: 18 }).map((years) => ({ kind: 'birthday' as const, years })),
      fc
        .integer({ min: 1, max: 216 })
        .map((months) => ({ kind: 'months_after_birth' as const, months })),
      fc
        .integer({ min: 30, max: 72 })
        .map((months) => ({ kind: 'first_school_day' as const, months })),
    );
    fc.assert(
      fc.property(ends, days, days, (end, a, b) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        expect(ageWindowEndsOn(end, first) > first).toBe(true);
        expect(ageWindowEndsOn(end, first) <= ageWindowEndsOn(end, second)).toBe(true);
      }),
    );
  });

  it('the first school day is a 1 September, at least the configured age, less than a year after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 72 }), days, (months, birth) => {
        const end = day(ageWindowEndsOn({ kind: 'first_school_day', months }, birth));
        const ready = day(birth).plus({ months });
        expect([end.month, end.day]).toEqual([9, 1]);
        expect(end >= ready.startOf('day')).toBe(true);
        expect(end < ready.plus({ years: 1 })).toBe(true);
      }),
    );
  });

  it('moves by the difference between the due date and the birth, for a count in months', () => {
    const move = windowMove({ kind: 'months_after_birth', months: 6 }, '2027-03-10', '2027-02-20');
    expect(move).toEqual({ before: '2027-09-10', after: '2027-08-20' });
  });
});

const family: FamilyMember[] = [
  { kind: 'adult', id: 'p1', name: 'Sara', role: 'mother' },
  { kind: 'adult', id: 'p2', name: 'Tom', role: 'father' },
  { kind: 'child', id: 'c1', name: 'Lina', birthDate: '2024-05-02' },
  { kind: 'unborn', id: 'c2', dueDate: '2027-03-10' },
];

describe('recording a birth', () => {
  it('turns the unborn child into a child and leaves everyone else as they were', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -140, max: 28 }),
        fc.string({ maxLength: 40 }),
        (offset, name) => {
          const birthDate = day('2027-03-10').plus({ days: offset }).toISODate() ?? '';
          const result = recordBirth(family, 'c2', { name, birthDate }, '2027-04-30');
          if ('reason' in result) throw new Error(result.message);
          expect(result.members.filter((m) => m.id !== 'c2')).toEqual(
            family.filter((m) => m.id !== 'c2'),
          );
          expect(result.child).toEqual({ kind: 'child', id: 'c2', name: name.trim(), birthDate });
          expect(result.dueDate).toBe('2027-03-10');
          expect(familyHasBornChild(result.members)).toBe(true);
        },
      ),
    );
  });

  it('refuses a member who is not still to be born, a birth in the future and one far too early', () => {
    expect(
      recordBirth(family, 'c1', { name: 'x', birthDate: '2027-01-01' }, '2027-04-30'),
    ).toMatchObject({
      reason: 'not_unborn',
    });
    expect(
      recordBirth(family, 'zz', { name: 'x', birthDate: '2027-01-01' }, '2027-04-30'),
    ).toMatchObject({
      reason: 'not_unborn',
    });
    expect(
      recordBirth(family, 'c2', { name: 'x', birthDate: '2027-05-01' }, '2027-04-30'),
    ).toMatchObject({
      reason: 'birth_in_future',
    });
    expect(
      recordBirth(family, 'c2', { name: 'x', birthDate: '2026-10-01' }, '2027-04-30'),
    ).toMatchObject({
      reason: 'birth_too_early',
    });
  });
});

describe('the family carried in from the referral', () => {
  it('keeps the named parents and the dated children, each with an id of its own', () => {
    const carried = familyFromReferral({
      parents: [
        { name: ' Sara ', role: 'mother' },
        { name: '', role: 'father' },
      ],
      children: [
        { born: true, name: 'Lina', birthDate: '2024-05-02' },
        { born: false, dueDate: '2027-03-10' },
        { born: false, dueDate: '' },
      ],
      postalCode: '3500',
      street: 'Kempische Steenweg 1',
      language: 'ar',
      interpreterNeeded: true,
    });
    expect(carried.members).toEqual([
      { kind: 'adult', id: 'p1', name: 'Sara', role: 'mother' },
      { kind: 'child', id: 'c1', name: 'Lina', birthDate: '2024-05-02' },
      { kind: 'unborn', id: 'c2', dueDate: '2027-03-10' },
    ]);
    expect(carried).toMatchObject({ postalCode: '3500', language: 'ar', interpreterNeeded: true });
    expect(familyDetailsSchema.safeParse(carried).success).toBe(true);
  });

  it('refuses two members with one id', () => {
    const twice = familyDetailsSchema.safeParse({
      members: [
        { kind: 'adult', id: 'p1', name: 'Sara', role: 'mother' },
        { kind: 'adult', id: 'p1', name: 'Tom', role: 'father' },
      ],
    });
    expect(twice.success).toBe(false);
  });
});
