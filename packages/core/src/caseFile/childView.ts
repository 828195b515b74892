/**
 * A child's own view of the family portal: from 12 years, when the decree presumes a minor
 * capable of exercising their rights (decreet rechtspositie minderjarige, art. 15), and only
 * after the coordinator records why. Ages count in Brussels calendar days.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { ZONE } from '../programmes/brusselsTime.ts';

export const OWN_VIEW_AGE = 12;

/** Whether a child born on this day (YYYY-MM-DD) is 12 or older on `now`, in Brussels. */
export function mayHaveOwnView(birthDate: string, now: Date): boolean {
  const born = DateTime.fromISO(birthDate, { zone: ZONE });
  if (!born.isValid) return false;
  const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
  return born.plus({ years: OWN_VIEW_AGE }) <= today;
}

/** Why this child gets a view of their own: recorded with who decided and when. */
export const childViewDecisionSchema = z
  .string()
  .trim()
  .min(10, {
    error: 'Write in a sentence why this child gets a view of their own (at least 10 characters).',
  })
  .max(1000, { error: 'Keep it under 1000 characters.' });
