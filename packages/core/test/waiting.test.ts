/**
 * Waiting-time figures: the median and the longest wait per service and region, and nothing of
 * fewer than five families; a wait moves only along its steps, and ends when started or
 * withdrawn; quarters for the signal report never overlap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysWaited,
  median,
  quarterOf,
  quarterRange,
  waitingFigures,
  waitStatuses,
  waitTransitions,
} from '../src/index.ts';

describe('waiting-time figures', () => {
  it('give the median and the longest wait of five families or more', () => {
    const waits = ['2026-10-01', '2026-10-15', '2026-11-01', '2026-11-09', '2026-11-13'].map(
      (since) => ({ serviceId: 's', region: 'VLI', since }),
    );
    expect(waitingFigures(waits, '2026-11-16')).toEqual([
      { serviceId: 's', region: 'VLI', waiting: 5, medianDays: 15, longestDays: 46 },
    ]);
    expect(waitingFigures(waits.slice(1), '2026-11-16')).toEqual([
      { serviceId: 's', region: 'VLI', waiting: null, medianDays: null, longestDays: null },
    ]);
  });

  it('never show a group of fewer than five, and count every wait once', () => {
    const wait = fc.record({
      serviceId: fc.constantFrom('a', 'b', 'c'),
      region: fc.constantFrom('VLI', 'VAN'),
      since: fc.constantFrom('2026-01-05', '2026-06-30', '2026-11-01'),
    });
    fc.assert(
      fc.property(fc.array(wait, { maxLength: 40 }), (waits) => {
        const figures = waitingFigures(waits, '2026-12-01');
        for (const f of figures) {
          const group = waits.filter((w) => w.serviceId === f.serviceId && w.region === f.region);
          if (group.length < 5) expect(f).toMatchObject({ waiting: null, medianDays: null });
          else {
            expect(f.waiting).toBe(group.length);
            expect(f.medianDays).toBeLessThanOrEqual(f.longestDays ?? 0);
          }
        }
      }),
    );
  });

  it('count days in calendar dates, and take the mean of the two middle ones', () => {
    expect(daysWaited('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysWaited('2026-12-01', '2026-11-30')).toBe(0);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('a wait', () => {
  it('ends when started or withdrawn, and never goes back to a step it cannot', () => {
    expect(waitTransitions.started).toEqual([]);
    expect(waitTransitions.withdrawn).toEqual([]);
    for (const status of waitStatuses) expect(waitTransitions[status]).not.toContain(status);
  });
});

describe('quarters', () => {
  it('cover every day of the year exactly once', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          const { from, to } = quarterRange(quarterOf(day));
          expect(from <= day && day <= to).toBe(true);
        },
      ),
    );
    expect(quarterRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterRange('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });
});
