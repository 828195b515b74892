/**
 * Moments of home visits as the family reads and writes them: in Brussels time, in the family's
 * language. The offset comes from the browser's time-zone data (Intl), not from our own rules,
 * and keeps the portal's bundle free of a date library.
 */
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

/** Brussels' offset at an instant, as "+01:00". */
function offsetAt(instant: Date): string {
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
}

/**
 * A datetime-local value ("2026-12-21T16:00"), read as Brussels wall-clock time, as an ISO
 * instant with its offset; null when empty or not a moment.
 */
export function brusselsInputToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const asUtc = new Date(`${local}:00Z`);
  if (Number.isNaN(asUtc.getTime())) return null;
  // The offset of the instant near that wall time; checked once more across a clock change.
  const first = offsetAt(asUtc);
  const candidate = new Date(`${local}:00${first}`);
  return `${local}:00${offsetAt(candidate)}`;
}
