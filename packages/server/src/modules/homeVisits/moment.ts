/** A visit's moment in the words of an e-mail: "maandag 14 december om 10:00", in Brussels. */
const format = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

export const brusselsMoment = (instant: Date): string => format.format(instant);
