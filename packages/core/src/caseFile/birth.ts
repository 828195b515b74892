/**
 * Recording a birth: the unborn child becomes a child with a name and a date of birth, and what
 * counts from the birth is counted anew — the end of each programme's age window (Opkomst 6 months
 * after birth, Opkomst+ the first school day, Zorggarantie the 3rd birthday), and whether the OCJ
 * may now refer to the public prosecutor (only once the child is born, programmes.md).
 * Dates are calendar days in Brussels, computed with luxon.
 */
import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { ageWindowEndSchema } from '../programmes/programme.ts';
import type { FamilyMember } from './family.ts';

type AgeWindowEnd = z.infer<typeof ageWindowEndSchema>;

const calendarDay = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Brussels' }).startOf('day');

/**
 * The first day outside the age window of a child born (or due) on this day. The first school day
 * is taken as the 1st of September on or after the configured age: the start of the school year,
 * when most children in Flanders start (an earlier entry day after a holiday is a family's choice).
 */
export function ageWindowEndsOn(end: AgeWindowEnd, birthIso: string): string {
  const birth = calendarDay(birthIso);
  switch (end.kind) {
    case 'birthday':
      return iso(birth.plus({ years: end.years }));
    case 'months_after_birth':
      return iso(birth.plus({ months: end.months }));
    case 'first_school_day': {
      const ready = birth.plus({ months: end.months });
      const september = ready.set({ month: 9, day: 1 });
      return iso(september < ready ? september.plus({ years: 1 }) : september);
    }
  }
}

function iso(date: DateTime): string {
  const text = date.toISODate();
  if (text === null) throw new Error('Not a calendar day.');
  return text;
}

export type BirthProblem =
  | { reason: 'not_unborn'; message: string }
  | { reason: 'birth_in_future'; message: string }
  | { reason: 'birth_too_early'; message: string };

/** A birth more than 20 weeks before the due date is not a due date that was right. */
const EARLIEST_WEEKS_BEFORE_DUE = 20;

export type BirthRecorded = {
  members: FamilyMember[];
  /** The child as it is now. */
  child: Extract<FamilyMember, { kind: 'child' }>;
  /** The due date it was counted from until now. */
  dueDate: string;
};

/** The family with the unborn child `id` born on `birthDate` (today is the Brussels day). */
export function recordBirth(
  members: readonly FamilyMember[],
  id: string,
  birth: { name: string; birthDate: string },
  today: string,
): BirthRecorded | BirthProblem {
  const unborn = members.find((m) => m.id === id);
  if (unborn?.kind !== 'unborn')
    return {
      reason: 'not_unborn',
      message: 'This member of the family is not a child still to be born.',
    };
  const born = calendarDay(birth.birthDate);
  if (born > calendarDay(today))
    return { reason: 'birth_in_future', message: 'A date of birth cannot lie in the future.' };
  if (born < calendarDay(unborn.dueDate).minus({ weeks: EARLIEST_WEEKS_BEFORE_DUE }))
    return {
      reason: 'birth_too_early',
      message: `This date of birth is more than ${String(EARLIEST_WEEKS_BEFORE_DUE)} weeks before the due date (${unborn.dueDate}). Check the date.`,
    };
  const child = { kind: 'child' as const, id, name: birth.name.trim(), birthDate: birth.birthDate };
  return {
    members: members.map((m) => (m.id === id ? child : m)),
    child,
    dueDate: unborn.dueDate,
  };
}

/** Whether a child of the family is born (a Parket referral by the OCJ needs a born child). */
export function familyHasBornChild(members: readonly FamilyMember[]): boolean {
  return members.some((m) => m.kind === 'child');
}

/** How a programme's age window moves when the birth comes instead of the due date. */
export function windowMove(end: AgeWindowEnd, dueDate: string, birthDate: string) {
  return { before: ageWindowEndsOn(end, dueDate), after: ageWindowEndsOn(end, birthDate) };
}
