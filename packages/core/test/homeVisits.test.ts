/**
 * The visit rhythm a family may choose: what all the case's programmes allow, the strictest one
 * when they disagree, and a request's lifecycle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decisionsOn,
  defaultRhythmRange,
  homeVisitRulesSchema,
  homeVisitStatuses,
  programmeSchema,
  rhythmAllowed,
  rhythmRange,
  type HomeVisitRules,
} from '../src/index.ts';
import { readFileSync, readdirSync } from 'node:fs';

const rules = fc
  .tuple(
    fc.integer({ min: 1, max: 26 }),
    fc.integer({ min: 1, max: 26 }),
    fc.integer({ min: 15, max: 240 }),
  )
  .map(([a, b, minutes]): HomeVisitRules => ({
    everyWeeks: { min: Math.min(a, b), max: Math.max(a, b) },
    minutes,
  }));

describe('the visit rhythm', () => {
  it('is weekly to six-weekly where no programme names one', () => {
    expect(rhythmRange([])).toEqual(defaultRhythmRange);
  });

  it('allows only what every programme allows, or else what the strictest allows', () => {
    fc.assert(
      fc.property(fc.array(rules, { minLength: 1, maxLength: 4 }), (all) => {
        const range = rhythmRange(all);
        expect(range.min).toBeLessThanOrEqual(range.max);
        const overlap =
          Math.max(...all.map((r) => r.everyWeeks.min)) <=
          Math.min(...all.map((r) => r.everyWeeks.max));
        for (let weeks = 1; weeks <= 26; weeks++) {
          const everyOneAllows = all.every(
            (r) => weeks >= r.everyWeeks.min && weeks <= r.everyWeeks.max,
          );
          if (overlap) expect(rhythmAllowed(range, weeks)).toBe(everyOneAllows);
        }
        if (!overlap) {
          // Never slower than the programme that asks for the most frequent visits.
          expect(range.max).toBe(Math.min(...all.map((r) => r.everyWeeks.max)));
        }
        expect(range.minutes).toBe(Math.max(...all.map((r) => r.minutes)));
      }),
    );
  });

  it('refuses a part of a week and a range that runs backwards', () => {
    expect(rhythmAllowed({ min: 1, max: 4, minutes: 60 }, 1.5)).toBe(false);
    const backwards = homeVisitRulesSchema.safeParse({ everyWeeks: { min: 5, max: 2 } });
    expect(backwards.success).toBe(false);
  });

  it('is named in every shipped programme, and valid', () => {
    const dir = new URL('../../server/data/programmes/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const programme = programmeSchema.parse(
        JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown,
      );
      expect(programme.homeVisits, name).toBeDefined();
    }
  });
});

describe("a visit's decisions", () => {
  it('confirms or declines a request, cancels a confirmed visit, and ends there', () => {
    expect(decisionsOn('requested')).toEqual(['confirm', 'decline']);
    expect(decisionsOn('confirmed')).toEqual(['cancel']);
    for (const status of homeVisitStatuses)
      if (status === 'declined' || status === 'cancelled') expect(decisionsOn(status)).toEqual([]);
  });
});
