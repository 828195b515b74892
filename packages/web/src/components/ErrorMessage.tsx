/** An error from the server, in the reader's language when we know its code. */
import { formatEuro } from '@omringd/core/euro';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api.ts';
import { formatDate } from '../format.ts';

/** The server's (English) message names a time or a wait; the translation reuses them. */
function detailsOf(message: string) {
  return {
    time: /\b(\d\d:\d\d)\b/.exec(message)?.[1] ?? '',
    seconds: /\b(\d+) seconds\b/.exec(message)?.[1] ?? '',
  };
}

/** A refused budget entry sends the rule's figures; the translation says them in euro and days. */
function figuresOf(current: unknown, language: string): Record<string, string> {
  if (typeof current !== 'object' || current === null) return {};
  const figures: Record<string, string> = {};
  const record = current as Record<string, unknown>;
  const locale = language === 'nl' ? 'nl-BE' : 'en-BE';
  for (const [key, name] of [
    ['wouldBeCents', 'wouldBe'],
    ['limitCents', 'limit'],
  ] as const) {
    const value = record[key];
    if (typeof value === 'number') figures[name] = formatEuro(value, locale);
  }
  for (const key of ['startsOn', 'endsOn'] as const) {
    const value = record[key];
    if (typeof value === 'string') figures[key] = formatDate(value, language);
  }
  return figures;
}

export function ErrorMessage({ error, id }: { error: ApiError | null; id?: string }) {
  const { t, i18n } = useTranslation();
  if (error === null) return null;
  // A conflict may carry the figures of the rule that refused (a budget limit, a period).
  const current = 'current' in error ? error.current : undefined;
  const details = { ...detailsOf(error.message), ...figuresOf(current, i18n.language) };
  const key =
    error.code === 'too_many_attempts' && details.time === ''
      ? 'errors.rate_limited'
      : `errors.${error.code}`;
  const precise =
    error.reason === undefined
      ? ''
      : t(`errors.reasons.${error.reason}`, { defaultValue: '', ...details });
  const known = precise !== '' ? precise : t(key, { defaultValue: '', ...details });
  return (
    <p className="error" role="alert" id={id}>
      {known === '' ? error.message : known}
    </p>
  );
}
