/**
 * The rules of the care plan: the six-weekly schedule in Brussels across every daylight-saving
 * change from 2024 to 2040 (the unit tests run in several time zones), the plan's own earlier
 * date, the comparison of two versions, the family's own goals, and what the family sees
 * (property tests and the field's examples).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  actionsPastDate,
  compareVersions,
  endOfDay,
  familyGoalsTouched,
  nextEvaluation,
  planContentSchema,
  planForFamily,
  weeksAfter,
  type Goal,
  type PlanAction,
  type PlanContent,
} from '../src/index.ts';

const rules = { everyWeeks: 6, remindDaysBefore: 3, escalateDaysAfter: 3 };
const isoDay = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2040-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);

const goal = (gid: string, over: Partial<Goal> = {}): Goal => ({
  id: gid,
  text: `Doel ${gid}`,
  author: 'professional',
  domains: [],
  concerns: [],
  priority: 'unknown',
  fromDecision: null,
  teamOnly: false,
  hiddenFrom: [],
  ...over,
});
const action = (aid: string, goalId: string, over: Partial<PlanAction> = {}): PlanAction => ({
  id: aid,
  goalId,
  what: `Actie ${aid}`,
  who: { kind: 'family' },
  by: null,
  done: false,
  teamOnly: false,
  hiddenFrom: [],
  ...over,
});
const plan = (goals: Goal[], actions: PlanAction[] = []): PlanContent =>
  planContentSchema.parse({ goals, actions });

const planArb = fc
  .uniqueArray(
    fc.record({
      id,
      text: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
      author: fc.constantFrom('professional' as const, 'family' as const),
      teamOnly: fc.boolean(),
      hiddenFrom: fc.subarray(['p1', 'p2']),
    }),
    { selector: (g) => g.id, maxLength: 6 },
  )
  .map((gs) =>
    plan(
      gs.map((g) => goal(g.id, g)),
      gs.map((g, i) => action(`a${String(i)}`, g.id, { teamOnly: i % 2 === 0 })),
    ),
  );

describe('the evaluation schedule', () => {
  it('falls six weeks on in Brussels, on the same weekday, whatever the daylight-saving changes', () => {
    fc.assert(
      fc.property(isoDay, (last) => {
        const next = nextEvaluation(last, rules, null);
        expect(next?.basis).toBe('cadence');
        const from = DateTime.fromISO(last, { zone: 'Europe/Brussels' });
        const due = DateTime.fromISO(next?.dueOn ?? '', { zone: 'Europe/Brussels' });
        expect(due.diff(from, 'days').days).toBe(42);
        expect(due.weekday).toBe(from.weekday);
        // The due date ends at midnight in Brussels: 23, 24 or 25 hours after it began.
        const ends = DateTime.fromJSDate(endOfDay(next?.dueOn ?? ''), { zone: 'Europe/Brussels' });
        expect([ends.hour, ends.minute, ends.toISODate()]).toEqual([
          0,
          0,
          due.plus({ days: 1 }).toISODate(),
        ]);
        if (next === null) throw new Error('a cadence gives a date');
        expect(next.remindOn < next.dueOn && next.dueOn < next.escalateOn).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('crosses the spring and autumn changes as the field counts them', () => {
    // 2 March 2026 + 6 weeks crosses 29 March (summer time); 12 October crosses 25 October.
    expect(weeksAfter('2026-03-02', 6)).toBe('2026-04-13');
    expect(weeksAfter('2026-10-12', 6)).toBe('2026-11-23');
    expect(endOfDay('2026-03-28').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfDay('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('takes the plan’s own date when it is sooner, never a date already past', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -60, max: 60 }), (last, offset) => {
        const sooner = DateTime.fromISO(last).plus({ days: offset }).toISODate() ?? last;
        const next = nextEvaluation(last, rules, sooner);
        const cadence = weeksAfter(last, 6);
        if (sooner > last && sooner < cadence)
          expect(next).toMatchObject({ dueOn: sooner, basis: 'sooner' });
        else expect(next).toMatchObject({ dueOn: cadence, basis: 'cadence' });
      }),
    );
  });

  it('has no date without a cadence unless the plan sets one', () => {
    expect(nextEvaluation('2026-11-23', undefined, null)).toBeNull();
    expect(nextEvaluation('2026-11-23', undefined, '2026-12-10')?.dueOn).toBe('2026-12-10');
  });
});

describe('comparing two versions', () => {
  it('finds nothing between a version and itself, and sees through a reordering', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        expect(compareVersions(p, p)).toEqual([]);
        expect(compareVersions(p, { ...p, goals: [...p.goals].reverse() })).toEqual([]);
      }),
    );
  });

  it('names each added, removed and changed goal once, with both sides', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const rows = compareVersions(a, b).filter((r) => r.kind === 'goal');
        const before = new Map(a.goals.map((g) => [g.id, g]));
        const after = new Map(b.goals.map((g) => [g.id, g]));
        const expected = new Set([
          ...[...after.keys()].filter((k) => !before.has(k)).map((k) => `added:${k}`),
          ...[...before.keys()].filter((k) => !after.has(k)).map((k) => `removed:${k}`),
          ...[...after.keys()]
            .filter(
              (k) =>
                before.has(k) && JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k)),
            )
            .map((k) => `changed:${k}`),
        ]);
        expect(new Set(rows.map((r) => `${r.change}:${r.id}`))).toEqual(expected);
        expect(rows).toHaveLength(expected.size);
        for (const r of rows) {
          expect(r.before).toEqual(before.get(r.id) ?? null);
          expect(r.after).toEqual(after.get(r.id) ?? null);
        }
      }),
    );
  });

  it('says which fields of a goal changed, and when the route moved', () => {
    const a = plan([goal('g1')]);
    const b = {
      ...plan([goal('g1', { text: 'Een veilige woning', priority: 'high' })]),
      active: 'B' as const,
    };
    expect(compareVersions(a, b).map((r) => [r.kind, r.id, r.change, r.fields])).toEqual([
      ['active', 'active', 'changed', []],
      ['goal', 'g1', 'changed', ['priority', 'text']],
    ]);
  });
});

describe('the family’s own goals and what the family sees', () => {
  it('refuses any professional save that rewrites, removes or adds a goal in the family’s name', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const touched = familyGoalsTouched(a, b);
        const kept = a.goals
          .filter((g) => g.author === 'family')
          .every((g) =>
            b.goals.some((n) => n.id === g.id && n.text === g.text && n.author === 'family'),
          );
        const added = b.goals.some(
          (g) => g.author === 'family' && !a.goals.some((o) => o.id === g.id),
        );
        expect(touched.length === 0).toBe(kept && !added);
      }),
    );
  });

  it('leaves out what is for the team and what is hidden from this parent, and actions of goals left out', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom('p1', 'p2', null), (p, member) => {
        const seen = planForFamily(p, member);
        for (const item of [...seen.goals, ...seen.actions]) {
          expect(item.teamOnly).toBe(false);
          if (member === null) expect(item.hiddenFrom).toEqual([]);
          else expect(item.hiddenFrom).not.toContain(member);
        }
        const goals = new Set(seen.goals.map((g) => g.id));
        for (const a of seen.actions) expect(goals.has(a.goalId)).toBe(true);
      }),
    );
  });

  it('finds the actions past their date, not the done ones', () => {
    const p = plan(
      [goal('g1')],
      [
        action('a1', 'g1', { by: '2026-12-01' }),
        action('a2', 'g1', { by: '2026-12-01', done: true }),
        action('a3', 'g1', { by: '2026-12-02' }),
      ],
    );
    expect(actionsPastDate(p, '2026-12-02').map((a) => a.id)).toEqual(['a1']);
  });

  it('refuses an action of a goal the plan does not have', () => {
    expect(planContentSchema.safeParse({ goals: [], actions: [action('a1', 'g9')] }).success).toBe(
      false,
    );
  });
});
