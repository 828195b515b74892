/**
 * A moment in the words of a letter, in Brussels time and the reader's language: "maandag 14
 * december om 10:00", "samedi 12 décembre à 10:30". One format for every meeting and visit that
 * Omringd writes about; one formatter per language, made once.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function momentInWords(instant: Date, locale: string): string {
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'Europe/Brussels',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(locale, format);
  }
  return format.format(instant);
}
