/** An error from the server, in the reader's language when we know its code. */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api.ts';

/** The server's (English) message names a time or a wait; the translation reuses them. */
function detailsOf(message: string) {
  return {
    time: /\b(\d\d:\d\d)\b/.exec(message)?.[1] ?? '',
    seconds: /\b(\d+) seconds\b/.exec(message)?.[1] ?? '',
  };
}

export function ErrorMessage({ error, id }: { error: ApiError | null; id?: string }) {
  const { t } = useTranslation();
  if (error === null) return null;
  const details = detailsOf(error.message);
  const key =
    error.code === 'too_many_attempts' && details.time === ''
      ? 'errors.rate_limited'
      : `errors.${error.code}`;
  const precise =
    error.reason === undefined ? '' : t(`errors.reasons.${error.reason}`, { defaultValue: '' });
  const known = precise !== '' ? precise : t(key, { defaultValue: '', ...details });
  return (
    <p className="error" role="alert" id={id}>
      {known === '' ? error.message : known}
    </p>
  );
}
