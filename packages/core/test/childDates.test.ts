import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { childDateProblems } from '../src/programmes/childDates.ts';

const today = '2026-12-01';

describe('dates of a child that cannot be right', () => {
  it('refuses a birth in the future, a due date long past or far ahead, a child of 18+', () => {
    const reasons = (child: Parameters<typeof childDateProblems>[0][number]) =>
      childDateProblems([child], today).map((p) => p.reason);
    expect(reasons({ born: true, name: '', birthDate: '2026-12-02' })).toEqual(['birth_in_future']);
    expect(reasons({ born: true, name: '', birthDate: '2026-12-01' })).toEqual([]);
    expect(reasons({ born: true, name: '', birthDate: '2001-05-01' })).toEqual([
      'birth_too_long_ago',
    ]);
    expect(reasons({ born: false, dueDate: '2020-01-01' })).toEqual(['due_date_past']);
    expect(reasons({ born: false, dueDate: '2026-11-10' })).toEqual([]);
    expect(reasons({ born: false, dueDate: '2027-10-02' })).toEqual(['due_date_far']);
    expect(reasons({ born: false, dueDate: '2027-09-30' })).toEqual([]);
    expect(reasons({ born: false, dueDate: '' })).toEqual([]);
  });

  it('names the field of the child it concerns', () => {
    const problems = childDateProblems(
      [
        { born: true, name: 'Mo', birthDate: '2024-03-01' },
        { born: false, dueDate: '2019-01-01' },
      ],
      today,
    );
    expect(problems.map((p) => p.path)).toEqual([['family', 'children', 1, 'dueDate']]);
  });

  it('accepts exactly the due dates from four weeks past to ten months ahead', () => {
    const start = DateTime.fromISO(today, { zone: 'Europe/Brussels' });
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), (offset) => {
        const due = start.plus({ days: offset });
        const fine = due >= start.minus({ days: 28 }) && due <= start.plus({ months: 10 });
        const problems = childDateProblems(
          [{ born: false, dueDate: due.toISODate() ?? '' }],
          today,
        );
        return fine === (problems.length === 0);
      }),
    );
  });
});
