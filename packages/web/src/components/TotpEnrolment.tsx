/**
 * Setting up the authenticator app: a QR code and the same secret as text (for a screen reader or
 * a phone without camera), one code to confirm, then the recovery codes, shown once.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type ApiError } from '../api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { FormField } from './FormField.tsx';

type Enrolment = { secret: string; otpauthUri: string; qrSvg: string };

export function TotpEnrolment({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const started = useRef(false);
  const codesHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void sendJson<Enrolment>('POST', '/api/v1/auth/enrolment').then((result) => {
      if (result.ok) setEnrolment(result.value);
      else setError(result.error);
    });
  }, []);
  useEffect(() => {
    if (recoveryCodes !== null) codesHeading.current?.focus();
  }, [recoveryCodes]);

  if (recoveryCodes !== null)
    return (
      <section aria-labelledby="recovery-heading">
        <h1 id="recovery-heading" ref={codesHeading} tabIndex={-1}>
          {t('account.recoveryTitle')}
        </h1>
        <p>{t('account.recoveryIntro')}</p>
        <ul className="recovery-codes" aria-label={t('account.recoveryTitle')}>
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="primary" onClick={onDone}>
          {t('account.recoverySaved')}
        </button>
      </section>
    );

  return (
    <section aria-labelledby="enrol-heading">
      <h1 id="enrol-heading">{t('account.enrolTitle')}</h1>
      <p>{t('account.enrolIntro')}</p>
      <ErrorMessage error={error} />
      {enrolment === null ? (
        <p role="status">{t('account.loading')}</p>
      ) : (
        <>
          <img
            className="qr"
            src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`}
            alt={t('account.qrAlt')}
            width={200}
            height={200}
          />
          <p>
            {t('account.secretText')}{' '}
            <code data-testid="totp-secret" className="secret">
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </code>
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void sendJson<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/enrolment/confirm', {
                code,
              }).then((result) => {
                if (result.ok) setRecoveryCodes(result.value.recoveryCodes);
                else setError(result.error);
              });
            }}
          >
            <FormField
              id="enrol-code"
              label={t('account.code')}
              hint={t('account.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              value={code}
              onChange={(e) => {
                setCode(e.target.value);
              }}
            />
            <button type="submit" className="primary">
              {t('account.confirmCode')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
