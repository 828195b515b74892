/** Amounts and days as the budget pages show them. */

/** Euro amounts are written the Belgian way on a Dutch page, the English way on an English one. */
export const euroLocale = (language: string) => (language === 'en' ? 'en-BE' : 'nl-BE');

/** Today's date in Brussels, whatever the device's own time zone ("en-CA" writes YYYY-MM-DD). */
export const todayInBrussels = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
