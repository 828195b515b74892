/**
 * Dates of a child that cannot be right, whatever the programme: a birth in the future, a
 * due date long past or more than ten months ahead, a "child" born more than 18 years ago.
 * The form holds such a date back and says why at the field; sending refuses it.
 */
import { DateTime } from 'luxon';
import type { Child } from './referral.ts';

export type ChildDateProblem = {
  path: ['family', 'children', number, 'birthDate' | 'dueDate'];
  reason: 'birth_in_future' | 'birth_too_long_ago' | 'due_date_past' | 'due_date_far';
  message: string;
};

/** A pregnancy lasts up to 42 weeks: a due date up to four weeks past may still be right. */
const OVERDUE_DAYS = 28;
const AHEAD_MONTHS = 10;
const CHILD_YEARS = 18;

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Brussels' }).startOf('day');

/** `today` is the calendar day in Brussels (YYYY-MM-DD). */
export function childDateProblems(children: readonly Child[], today: string): ChildDateProblem[] {
  const now = day(today);
  return children.flatMap((child, index): ChildDateProblem[] => {
    if (child.born) {
      if (child.birthDate === '') return [];
      const birth = day(child.birthDate);
      if (!birth.isValid) return [];
      if (birth > now)
        return [
          {
            path: ['family', 'children', index, 'birthDate'],
            reason: 'birth_in_future',
            message:
              'A date of birth cannot lie in the future. If the baby is not born yet, choose "not born yet" and give the expected due date.',
          },
        ];
      if (birth < now.minus({ years: CHILD_YEARS }))
        return [
          {
            path: ['family', 'children', index, 'birthDate'],
            reason: 'birth_too_long_ago',
            message: `This date of birth is more than ${String(CHILD_YEARS)} years ago. Check the year.`,
          },
        ];
      return [];
    }
    if (child.dueDate === '') return [];
    const due = day(child.dueDate);
    if (!due.isValid) return [];
    if (due < now.minus({ days: OVERDUE_DAYS }))
      return [
        {
          path: ['family', 'children', index, 'dueDate'],
          reason: 'due_date_past',
          message:
            'This due date is more than four weeks past. If the baby is born, choose "born" and give the date of birth; otherwise check the date.',
        },
      ];
    if (due > now.plus({ months: AHEAD_MONTHS }))
      return [
        {
          path: ['family', 'children', index, 'dueDate'],
          reason: 'due_date_far',
          message: `This due date is more than ${String(AHEAD_MONTHS)} months ahead. Check the date.`,
        },
      ];
    return [];
  });
}

/** Today's calendar day in Brussels, for the rules above. */
export function brusselsToday(now: Date): string {
  return DateTime.fromJSDate(now, { zone: 'Europe/Brussels' }).toISODate() ?? '';
}
