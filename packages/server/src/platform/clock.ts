/** The clock is injected so tests can move time; calendar dates are those of Europe/Brussels. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const brusselsDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in Brussels at an instant. */
export function brusselsDay(instant: Date): string {
  return brusselsDate.format(instant);
}
