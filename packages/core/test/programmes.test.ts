import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  checkTransition,
  childAgeQuery,
  serviceLevelStates,
  dueAt,
  durationWindow,
  evaluateEligibility,
  finalStatuses,
  onDuty,
  outcomeReasons,
  programmeSchema,
  referralActors,
  referralStatuses,
  transitions,
  type ProgrammeInput,
} from '../src/index.ts';

const base: ProgrammeInput = {
  key: 'test-programma',
  version: 1,
  name: { nl: 'Testprogramma', en: 'Test programme' },
  description: { nl: 'Voor de test.', en: 'For the test.' },
  organizationKey: 'zorggarantie-limburg',
  ageWindow: { fromMonths: -9, end: { kind: 'birthday', years: 3 } },
  region: { provinces: ['VLI'] },
  situations: {
    mode: 'any',
    items: [
      {
        id: 'unsafe-now',
        label: { nl: 'Onveilig', en: 'Unsafe' },
        explanation: { nl: 'x', en: 'x' },
      },
    ],
  },
  conditions: [
    { id: 'willing', label: { nl: 'Bereid', en: 'Willing' }, explanation: { nl: 'x', en: 'x' } },
  ],
  checklist: [],
  serviceLevels: [],
  maxDuration: null,
  roster: {
    slots: [
      {
        weekday: 'MO',
        from: '09:00',
        to: '12:00',
        coordinatorEmail: 'mira@example.be',
        coordinatorName: 'Mira Claes',
      },
      {
        weekday: 'TU',
        from: '09:00',
        to: '12:00',
        coordinatorEmail: 'ilse@example.be',
        coordinatorName: 'Ilse Vermeulen',
      },
    ],
    dutyLine: {
      name: 'Algemene permanentie',
      contacts: [
        { kind: 'phone', value: '0490 44 82 58', validTo: '2027-03-06' },
        { kind: 'phone', value: '02 243 55 05', validFrom: '2027-03-07' },
      ],
    },
  },
  source: 'test',
};
const programme = programmeSchema.parse(base);
const roster = (() => {
  if (programme.roster === null) throw new Error('the test programme has a roster');
  return programme.roster;
})();
const hasselt = '71072';
const facts = (child: Parameters<typeof evaluateEligibility>[1]['child']) => ({
  child,
  municipalityNis: hasselt,
  situations: ['unsafe-now'],
  conditions: ['willing'],
});

describe('eligibility', () => {
  it('explains an age just over the window in plain words', () => {
    const result = evaluateEligibility(
      programme,
      facts({ born: true, birthDate: '2023-09-10' }),
      '2026-11-22',
    );
    expect(result.eligible).toBe(false);
    expect(result.rules[0]?.explanation.en).toBe(
      'The child is 3 years and 2 months: this programme is for children up to their 3rd birthday.',
    );
    expect(result.rules[0]?.explanation.nl).toBe(
      'Het kind is 3 jaar en 2 maanden: dit programma is voor kinderen tot hun 3de verjaardag.',
    );
  });

  it('accepts a pregnancy and says so', () => {
    const result = evaluateEligibility(
      programme,
      facts({ born: false, dueDate: '2027-03-12' }),
      '2026-11-22',
    );
    expect(result.eligible).toBe(true);
    expect(result.rules[0]?.explanation.nl).toContain('tijdens de zwangerschap');
  });

  it('is unknown, not ineligible, while facts are missing', () => {
    const result = evaluateEligibility(
      programme,
      { child: null, municipalityNis: null, situations: [], conditions: [] },
      '2026-11-22',
    );
    expect(result.eligible).toBeNull();
    expect(result.rules.map((r) => r.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('treats a child whose date is not typed yet as unknown', () => {
    for (const child of [
      { born: true as const, birthDate: '' },
      { born: false as const, dueDate: '' },
    ]) {
      const result = evaluateEligibility(
        programme,
        { child, municipalityNis: null, situations: [], conditions: [] },
        '2026-11-22',
      );
      expect(result.rules[0]?.status).toBe('unknown');
    }
  });

  it('refuses a family outside the region with a pointer to the social map', () => {
    const result = evaluateEligibility(
      programme,
      { ...facts({ born: false, dueDate: '2027-01-01' }), municipalityNis: '44021' },
      '2026-11-22',
    );
    expect(result.eligible).toBe(false);
    expect(result.rules[1]?.explanation.en).toContain('social map');
  });

  it('the age rule holds exactly from birth until the day before the 3rd birthday (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2018-01-01T00:00:00Z'),
          max: new Date('2040-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 5 * 366 }),
        (birthInstant, ageDays) => {
          const birth = DateTime.fromJSDate(birthInstant, { zone: 'Europe/Brussels' }).startOf(
            'day',
          );
          const today = birth.plus({ days: ageDays });
          const result = evaluateEligibility(
            programme,
            facts({ born: true, birthDate: birth.toISODate() ?? '' }),
            today.toISODate() ?? '',
          );
          const expected = today < birth.plus({ years: 3 });
          return (result.rules[0]?.status === 'met') === expected;
        },
      ),
    );
  });
});

describe("the child's age for the social-map search", () => {
  it('counts whole months since the birth, "pregnant" before it, nothing without a date', () => {
    expect(childAgeQuery({ born: true, birthDate: '2023-09-15' }, '2026-11-30')).toBe(38);
    expect(childAgeQuery({ born: true, birthDate: '2026-11-01' }, '2026-11-30')).toBe(0);
    // Born on 31 October: a month old on the last day of November, as the calendar counts.
    expect(childAgeQuery({ born: true, birthDate: '2026-10-31' }, '2026-11-30')).toBe(1);
    expect(childAgeQuery({ born: true, birthDate: '2026-10-31' }, '2026-11-29')).toBe(0);
    expect(childAgeQuery({ born: false, dueDate: '2027-03-01' }, '2026-11-30')).toBe('pregnant');
    expect(childAgeQuery({ born: true, birthDate: '' }, '2026-11-30')).toBeNull();
    expect(childAgeQuery({ born: true, birthDate: '2027-01-01' }, '2026-11-30')).toBeNull();
    expect(childAgeQuery(null, '2026-11-30')).toBeNull();
  });
});

describe('service levels of one referral', () => {
  const sent = new Date('2026-11-23T09:00:00Z');
  const none = {
    sentAt: null,
    acceptedAt: null,
    firstAnswerAt: null,
    startedAt: null,
    careTableAgreedAt: null,
    careTableHeldAt: null,
  };
  const levels = [
    {
      id: 'feedback',
      label: { nl: 'Terugkoppeling', en: 'Feedback' },
      from: 'referral_sent' as const,
      within: { kind: 'elapsed_hours' as const, hours: 24 },
    },
    {
      id: 'care-table',
      label: { nl: 'Zorgtafel', en: 'Care table' },
      from: 'parents_agreed_care_table' as const,
      within: { kind: 'elapsed_hours' as const, hours: 48 },
    },
    {
      id: 'eerste-contact',
      label: { nl: 'Eerste contact', en: 'First contact' },
      from: 'referral_sent' as const,
      within: { kind: 'calendar_months' as const, months: 1 },
      metBy: 'first_answer' as const,
    },
  ];

  it('starts a clock only at its moment and stops it at what meets it', () => {
    const answered = new Date('2026-11-23T15:00:00Z');
    const states = serviceLevelStates(levels, { ...none, sentAt: sent, firstAnswerAt: answered });
    expect(states.map((s) => [s.level.id, s.metAt])).toEqual([
      ['feedback', answered],
      ['eerste-contact', answered],
    ]);
    const agreed = new Date('2026-11-24T09:00:00Z');
    const held = new Date('2026-11-25T08:00:00Z');
    const withTable = serviceLevelStates(levels, {
      ...none,
      sentAt: sent,
      careTableAgreedAt: agreed,
      careTableHeldAt: held,
    });
    expect(withTable.find((s) => s.level.id === 'care-table')).toMatchObject({
      startedAt: agreed,
      dueAt: new Date('2026-11-26T09:00:00Z'),
      metAt: held,
    });
    expect(withTable.find((s) => s.level.id === 'feedback')?.metAt).toBeNull();
  });
});

describe('deadlines in Brussels', () => {
  const instants = fc.date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2040-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  it('24 hours elapsed are 24 hours, also across a daylight-saving change (property)', () => {
    fc.assert(
      fc.property(
        instants,
        (start) =>
          dueAt(start, { kind: 'elapsed_hours', hours: 24 }).getTime() - start.getTime() ===
          86_400_000,
      ),
    );
  });

  it('"within a month" is the same day next month in Brussels, or its last day (property)', () => {
    fc.assert(
      fc.property(instants, (start) => {
        const from = DateTime.fromJSDate(start, { zone: 'Europe/Brussels' });
        const due = DateTime.fromJSDate(dueAt(start, { kind: 'calendar_months', months: 1 }), {
          zone: 'Europe/Brussels',
        });
        const target = from.startOf('month').plus({ months: 1 });
        const expectedDay = Math.min(from.day, target.daysInMonth ?? 28);
        return (
          due.month === target.month &&
          due.year === target.year &&
          due.day === expectedDay &&
          due > from
        );
      }),
    );
  });

  it('a maximum duration ends on the same day months later and warns whole calendar days before (property)', () => {
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 90 }),
        (start, months, warnDaysBefore) => {
          const { endsAt, warnFrom } = durationWindow(start, { months, warnDaysBefore });
          const from = DateTime.fromJSDate(start, { zone: 'Europe/Brussels' });
          const ends = DateTime.fromJSDate(endsAt, { zone: 'Europe/Brussels' });
          const warn = DateTime.fromJSDate(warnFrom, { zone: 'Europe/Brussels' });
          const target = from.startOf('month').plus({ months });
          return (
            ends.year === target.year &&
            ends.month === target.month &&
            ends.day === Math.min(from.day, target.daysInMonth ?? 28) &&
            Math.round(ends.startOf('day').diff(warn.startOf('day'), 'days').days) ===
              warnDaysBefore &&
            warnFrom < endsAt
          );
        },
      ),
    );
  });

  it('across the spring change, 24 hours end one wall-clock hour later; a calendar day keeps the hour', () => {
    const saturday = new Date('2026-03-28T09:30:00Z'); // 10:30 in Brussels, the day before summer time
    const elapsed = DateTime.fromJSDate(dueAt(saturday, { kind: 'elapsed_hours', hours: 24 }), {
      zone: 'Europe/Brussels',
    });
    const calendar = DateTime.fromJSDate(dueAt(saturday, { kind: 'calendar_days', days: 1 }), {
      zone: 'Europe/Brussels',
    });
    expect(elapsed.toFormat('yyyy-MM-dd HH:mm')).toBe('2026-03-29 11:30');
    expect(calendar.toFormat('yyyy-MM-dd HH:mm')).toBe('2026-03-29 10:30');
  });
});

describe('intake duty roster', () => {
  it('finds the coordinator of the slot in Brussels time, summer and winter', () => {
    expect(onDuty(roster, new Date('2026-11-23T08:30:00Z'))).toMatchObject({
      kind: 'coordinator',
      coordinatorName: 'Mira Claes',
    }); // Monday 09:30 CET
    expect(onDuty(roster, new Date('2026-06-23T07:30:00Z'))).toMatchObject({
      kind: 'coordinator',
      coordinatorName: 'Ilse Vermeulen',
    }); // Tuesday 09:30 CEST
    expect(onDuty(roster, new Date('2026-06-23T10:30:00Z'))).toMatchObject({
      kind: 'duty_line',
    }); // Tuesday 12:30
  });

  it('gives the duty line the phone number valid on that day', () => {
    const before = onDuty(roster, new Date('2027-03-06T15:00:00Z'));
    const after = onDuty(roster, new Date('2027-03-07T15:00:00Z'));
    expect(before).toEqual({
      kind: 'duty_line',
      name: 'Algemene permanentie',
      contacts: [{ kind: 'phone', value: '0490 44 82 58' }],
    });
    expect(after).toEqual({
      kind: 'duty_line',
      name: 'Algemene permanentie',
      contacts: [{ kind: 'phone', value: '02 243 55 05' }],
    });
  });
});

describe('referral lifecycle', () => {
  it('answers every status × status × actor × reason exactly as the table says', () => {
    for (const from of referralStatuses)
      for (const to of referralStatuses)
        for (const actor of referralActors)
          for (const reason of [null, ...outcomeReasons]) {
            const row = transitions.find((t) => t.from === from && t.to === to);
            const check = checkTransition(from, to, actor, reason);
            const expected =
              row !== undefined &&
              row.by.includes(actor) &&
              (row.reasons === null
                ? reason === null
                : reason !== null && row.reasons.includes(reason));
            expect(check.ok, `${from} → ${to} by ${actor} (${reason ?? 'no reason'})`).toBe(
              expected,
            );
          }
  });

  it('final statuses lead nowhere, and every status is reachable from draft', () => {
    for (const status of finalStatuses)
      expect(transitions.filter((t) => t.from === status)).toEqual([]);
    const reached = new Set(['draft']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of transitions)
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
    }
    expect([...reached].sort()).toEqual([...referralStatuses].sort());
  });

  it('says why a step is refused', () => {
    expect(checkTransition('requested', 'accepted', 'referrer', null)).toEqual({
      ok: false,
      problem: 'not_your_step',
    });
    expect(checkTransition('requested', 'rejected', 'receiver', null)).toEqual({
      ok: false,
      problem: 'reason_required',
    });
    expect(checkTransition('completed', 'in-progress', 'receiver', null)).toEqual({
      ok: false,
      problem: 'no_such_transition',
    });
  });
});
