/**
 * Moments of home visits as the family reads and writes them: in Brussels time, in the family's
 * language. Only the lazily loaded visit panels use this file, so the date library stays out of
 * the portal's first download.
 */
import { parseDateTime, toZoned } from '@internationalized/date';

const ZONE = 'Europe/Brussels';
const locales: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** "maandag 14 december, 10:00". */
export function momentInWords(instant: string, language: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(new Date(instant));
}

/**
 * A datetime-local value ("2026-12-21T16:00"), read as Brussels wall-clock time, as an ISO
 * instant; null when empty or not a moment. @internationalized/date resolves the wall time in
 * the time zone (a time that does not exist at the spring clock change moves forward).
 */
export function brusselsInputToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  try {
    return toZoned(parseDateTime(local), ZONE).toAbsoluteString();
  } catch {
    // Not a date (a 31 February): the caller says what to write.
    return null;
  }
}
