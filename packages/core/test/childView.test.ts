/** A child's own view: from the 12th birthday in Brussels, not a day earlier, whatever the zone. */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { mayHaveOwnView } from '../src/index.ts';

describe("a child's own view", () => {
  it('opens on the 12th birthday in Brussels, and not the day before', () => {
    // Born on 1 May 2013: 12 from 1 May 2025, at midnight in Brussels (22:00 UTC the day before).
    expect(mayHaveOwnView('2013-05-01', new Date('2025-04-30T21:59:00Z'))).toBe(false);
    expect(mayHaveOwnView('2013-05-01', new Date('2025-04-30T22:00:00Z'))).toBe(true);
    // A leap-day child is 12 on 28 February of a common year (Luxon's calendar arithmetic).
    expect(mayHaveOwnView('2012-02-29', new Date('2024-02-28T12:00:00Z'))).toBe(false);
    expect(mayHaveOwnView('2012-02-29', new Date('2024-02-29T12:00:00Z'))).toBe(true);
    expect(mayHaveOwnView('not a date', new Date())).toBe(false);
  });

  it('holds for every birth date: the day before the birthday no, the birthday itself yes', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (born) => {
          const day = DateTime.fromJSDate(born, { zone: 'Europe/Brussels' });
          const iso = day.toISODate() ?? '';
          const birthday = DateTime.fromISO(iso, { zone: 'Europe/Brussels' }).plus({ years: 12 });
          expect(mayHaveOwnView(iso, birthday.toJSDate())).toBe(true);
          expect(mayHaveOwnView(iso, birthday.minus({ minutes: 1 }).toJSDate())).toBe(false);
        },
      ),
    );
  });
});
