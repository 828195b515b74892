/**
 * Time as the programmes count it: instants stored in UTC, deadlines and calendars in
 * Europe/Brussels, with Luxon handling the daylight-saving changes.
 */
import { DateTime } from 'luxon';
import type { Duration } from './programme.ts';

export const ZONE = 'Europe/Brussels';

export function inBrussels(instant: Date): DateTime {
  return DateTime.fromJSDate(instant, { zone: ZONE });
}

/** When something that started at `start` is due. */
export function dueAt(start: Date, within: Duration): Date {
  switch (within.kind) {
    case 'elapsed_hours':
      return new Date(start.getTime() + within.hours * 3_600_000);
    case 'calendar_months':
      // Same wall-clock time on the same day of the month (or its last day) in Brussels.
      return inBrussels(start).plus({ months: within.months }).toJSDate();
    case 'calendar_days':
      return inBrussels(start).plus({ days: within.days }).toJSDate();
  }
}

export type Countdown = { overdue: boolean; minutes: number };

/** Whole minutes left (or past, when overdue) until a deadline. */
export function countdown(now: Date, due: Date): Countdown {
  const ms = due.getTime() - now.getTime();
  return { overdue: ms < 0, minutes: Math.floor(Math.abs(ms) / 60_000) };
}

/** The calendar date (YYYY-MM-DD) in Brussels. */
export function brusselsDate(instant: Date): string {
  return inBrussels(instant).toISODate() ?? '';
}

export type DurationWindow = { endsAt: Date; warnFrom: Date };

/**
 * The maximum duration of a programme from the day a case starts: it ends after so many calendar
 * months in Brussels, and the coordinator is warned so many calendar days before that.
 */
export function durationWindow(
  start: Date,
  maxDuration: { months: number; warnDaysBefore: number },
): DurationWindow {
  const ends = inBrussels(start).plus({ months: maxDuration.months });
  return {
    endsAt: ends.toJSDate(),
    warnFrom: ends.minus({ days: maxDuration.warnDaysBefore }).toJSDate(),
  };
}
