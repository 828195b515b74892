/**
 * A parent's second step: the code of 6 digits we sent to their e-mail address (no authenticator
 * app is asked of parents). A wrong or old code is said at the field; signing in again sends a
 * new code.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';

export function EmailCodeStep({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="email-code-heading" className="narrow">
      <h1 id="email-code-heading" ref={heading} tabIndex={-1}>
        {t('account.emailCodeTitle')}
      </h1>
      <p>{t('account.emailCodeIntro')}</p>
      <ErrorMessage error={error} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void sendJson('POST', '/api/v1/auth/second-factor', { code }).then(async (r) => {
            if (!r.ok) {
              setError(r.error);
              return;
            }
            setError(null);
            await onSignedIn();
          });
        }}
      >
        <FormField
          id="email-code"
          label={t('account.emailCode')}
          hint={t('account.emailCodeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          value={code}
          onChange={(e) => {
            setCode(e.target.value.replace(/\s/g, ''));
          }}
        />
        <button type="submit" className="primary">
          {t('account.signIn')}
        </button>
      </form>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          void sendJson('POST', '/api/v1/auth/logout').then(() => onSignedIn());
        }}
      >
        {t('account.emailCodeAgain')}
      </button>
    </section>
  );
}
