/**
 * The backpack budget's rules as properties: whatever sequence of commitments, payments and
 * reversals is tried, what the rules let through never passes the case maximum, the residential
 * share, the fund or a commitment; money stays whole cents; an amount written in Belgian style
 * reads back to the same cents; a period of months ends the day before the same date.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  balanceOf,
  budgetCategories,
  formatEuro,
  parseEuro,
  periodEndsOn,
  refuseCommitment,
  refusePayment,
  refusalMessage,
  residentialLimit,
  type LedgerEntry,
} from '../src/index.ts';

const MAX = 400_000;
const limits = {
  startsOn: '2026-12-01',
  endsOn: '2027-02-28',
  maximumCents: MAX,
  residentialLimitCents: residentialLimit(MAX, 50),
};

type Step =
  | { op: 'commit'; category: (typeof budgetCategories)[number]; amountCents: number; day: number }
  | { op: 'pay'; pick: number; amountCents: number }
  | { op: 'reverse'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('commit' as const),
    category: fc.constantFrom(...budgetCategories),
    amountCents: fc.integer({ min: 1, max: 250_000 }),
    day: fc.integer({ min: -10, max: 100 }),
  }),
  fc.record({
    op: fc.constant('pay' as const),
    pick: fc.nat(),
    amountCents: fc.integer({ min: 1, max: 150_000 }),
  }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }),
);

/** Plays the steps as the server does: each entry written only when no rule refuses it. */
function play(steps: Step[], fundCents: number) {
  const entries: LedgerEntry[] = [];
  let next = 0;
  const start = DateTime.fromISO(limits.startsOn);
  for (const s of steps) {
    const balance = balanceOf(entries);
    switch (s.op) {
      case 'commit': {
        const day = start.plus({ days: s.day }).toISODate() ?? limits.startsOn;
        const refusal = refuseCommitment(
          { from: day, to: day, category: s.category, amountCents: s.amountCents },
          balance,
          limits,
          { amountCents: fundCents, committedCents: balance.committedCents },
        );
        if (refusal === null)
          entries.push({
            id: `e${String(next++)}`,
            kind: 'commitment',
            category: s.category,
            amountCents: s.amountCents,
            commitmentId: null,
            reverses: null,
          });
        else expect(refusalMessage(refusal)).not.toBe('');
        break;
      }
      case 'pay': {
        const standing = [...balance.paidOf.keys()];
        const id = standing[s.pick % Math.max(1, standing.length)];
        const commitment = entries.find((e) => e.id === id);
        if (commitment === undefined) break;
        const refusal = refusePayment(
          s.amountCents,
          commitment.amountCents,
          balance.paidOf.get(commitment.id) ?? 0,
        );
        if (refusal === null)
          entries.push({
            id: `e${String(next++)}`,
            kind: 'payment',
            category: commitment.category,
            amountCents: s.amountCents,
            commitmentId: commitment.id,
            reverses: null,
          });
        break;
      }
      case 'reverse': {
        const open = entries.filter(
          (e) =>
            e.kind !== 'reversal' &&
            !balance.reversed.has(e.id) &&
            !(e.kind === 'commitment' && (balance.paidOf.get(e.id) ?? 0) > 0),
        );
        const target = open[s.pick % Math.max(1, open.length)];
        if (target === undefined) break;
        entries.push({
          id: `e${String(next++)}`,
          kind: 'reversal',
          category: target.category,
          amountCents: target.amountCents,
          commitmentId: null,
          reverses: target.id,
        });
        break;
      }
    }
  }
  return entries;
}

describe('the backpack budget rules', () => {
  it('let no sequence of entries pass the maximum, the residential share, the fund or a commitment', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 60 }),
        fc.integer({ min: 0, max: 600_000 }),
        (steps, fund) => {
          const entries = play(steps, fund);
          const balance = balanceOf(entries);
          expect(balance.committedCents).toBeLessThanOrEqual(MAX);
          expect(balance.committedCents).toBeLessThanOrEqual(fund);
          expect(balance.residentialCents).toBeLessThanOrEqual(limits.residentialLimitCents);
          for (const [id, paid] of balance.paidOf) {
            const commitment = entries.find((e) => e.id === id);
            expect(paid).toBeLessThanOrEqual(commitment?.amountCents ?? 0);
          }
          expect(Number.isSafeInteger(balance.committedCents + balance.paidCents)).toBe(true);
          expect(balance.paidCents).toBeLessThanOrEqual(balance.committedCents);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuse spending outside the period, and a commitment that passes a limit by any cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX }), (committed) => {
        const balance = { committedCents: committed, residentialCents: 0 };
        const over = MAX - committed + 1;
        expect(
          refuseCommitment(
            { from: '2026-12-01', to: '2026-12-02', category: 'coaching', amountCents: over },
            balance,
            limits,
            { amountCents: 10 * MAX, committedCents: committed },
          ),
        ).toEqual({ rule: 'case_maximum', wouldBeCents: MAX + 1, limitCents: MAX });
      }),
    );
    expect(
      refuseCommitment(
        { from: '2026-11-30', to: '2026-12-02', category: 'coaching', amountCents: 1 },
        { committedCents: 0, residentialCents: 0 },
        limits,
        { amountCents: MAX, committedCents: 0 },
      ),
    ).toMatchObject({ rule: 'outside_period' });
  });

  it('say by how much, in euro', () => {
    expect(
      refusalMessage(
        { rule: 'residential_share', wouldBeCents: 215_000, limitCents: 200_000 },
        'nl-BE',
      ).replace(/\s/g, ' '),
    ).toBe('This would put residential stay at € 2.150, the limit is € 2.000.');
  });
});

describe('money', () => {
  it('reads back every amount it writes, in nl-BE', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        expect(parseEuro(formatEuro(cents, 'nl-BE'))).toBe(cents);
      }),
    );
  });

  it('reads amounts as people type them, and refuses what is not an amount', () => {
    expect(parseEuro('2150')).toBe(215_000);
    expect(parseEuro('2.150')).toBe(215_000);
    expect(parseEuro('2.150,5')).toBe(215_050);
    expect(parseEuro('€ 40,25')).toBe(4_025);
    for (const bad of ['', '2,150.00', '1e3', '-5', '12,345', '2.15'])
      expect(parseEuro(bad)).toBeNull();
  });

  it('keeps the residential share in whole cents, never above its percentage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        (max, pct) => {
          const limit = residentialLimit(max, pct);
          expect(Number.isInteger(limit)).toBe(true);
          expect(limit * 100).toBeLessThanOrEqual(max * pct);
          expect((limit + 1) * 100).toBeGreaterThan(max * pct);
        },
      ),
    );
  });
});

describe('a budget period', () => {
  it('ends the day before the same date so many months later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 24 }),
        (date, months) => {
          const start = DateTime.fromJSDate(date, { zone: 'utc' }).toISODate() ?? '';
          const end = periodEndsOn(start, months);
          expect(end > start).toBe(true);
          const startDay = Number(start.slice(8, 10));
          const next = DateTime.fromISO(end, { zone: 'utc' }).plus({ days: 1 });
          if (startDay <= 28) {
            expect(next.day).toBe(startDay);
            const monthsApart =
              (next.year - Number(start.slice(0, 4))) * 12 + next.month - Number(start.slice(5, 7));
            expect(monthsApart).toBe(months);
          }
        },
      ),
    );
    expect(periodEndsOn('2026-12-01', 3)).toBe('2027-02-28');
    expect(periodEndsOn('2027-01-31', 3)).toBe('2027-04-29');
  });
});
