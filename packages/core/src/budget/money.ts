/**
 * Money as whole euro cents, never floating point: amounts are safe integers (a budget of a
 * hundred million euros is still exact), and every sum stays an integer.
 */
import { z } from 'zod';

/** Up to € 100.000.000, in cents. */
export const MAX_CENTS = 10_000_000_000;

export const centsSchema = z
  .number({ error: 'An amount is a whole number of euro cents.' })
  .int({ error: 'An amount is a whole number of euro cents.' })
  .min(0, { error: 'An amount cannot be negative.' })
  .max(MAX_CENTS, { error: 'That amount is larger than any budget.' });

export const positiveCentsSchema = centsSchema.refine((c) => c > 0, {
  error: 'Give an amount above zero.',
});

// Shown without zod, for pages that only show amounts (@omringd/core/euro).
export { formatEuro } from './euro.ts';

/**
 * Reads an amount as people type it in Belgium: "2150", "2.150", "2150,50", "2.150,5", "€ 40".
 * Answers cents, or null when it is not an amount.
 */
export function parseEuro(text: string): number | null {
  const cleaned = text.replace(/[€\s\u00a0]/g, '');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(cleaned);
  if (match === null) return null;
  const euros = Number((match[1] ?? '').replaceAll('.', ''));
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const cents = euros * 100 + Number(fraction === '' ? '0' : fraction);
  return Number.isSafeInteger(cents) && cents <= MAX_CENTS ? cents : null;
}
