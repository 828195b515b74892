/**
 * For a parent who signed in with a password and a code: a passkey instead, so the next time
 * the phone's fingerprint, face or PIN is enough. Loaded apart from the portal page (the
 * library is needed only here).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasskeyButton } from '../../components/PasskeyButton.tsx';

export function AddPasskey() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  return (
    <section className="portal-card" aria-labelledby="portal-passkey">
      <h2 id="portal-passkey">{t('portal.passkeyTitle')}</h2>
      {done ? (
        <p role="status">{t('portal.passkeyAdded')}</p>
      ) : (
        <>
          <p>{t('portal.passkeyIntro')}</p>
          <PasskeyButton
            kind="create"
            optionsUrl="/api/v1/auth/passkeys/options"
            answerUrl="/api/v1/auth/passkeys"
            label={t('portal.passkeyAdd')}
            onDone={async () => {
              setDone(true);
              await Promise.resolve();
            }}
          />
        </>
      )}
    </section>
  );
}
