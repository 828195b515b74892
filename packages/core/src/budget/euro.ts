/** Showing an amount of euro cents; no validation here, so a page that only shows one stays light. */

/** "€ 2.150" or "€ 2.150,50" in nl-BE; cents are shown only when there are any. */
export function formatEuro(cents: number, locale = 'nl-BE'): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}
