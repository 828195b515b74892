/**
 * One step with a passkey: the server's options, the browser's own dialog (fingerprint, face or
 * PIN on the phone), and the answer back. Shown only where the browser can do it; a refusal or a
 * cancelled dialog says what happened and leaves the other way in open.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { sendJson, type ApiError } from '../api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

type Props = {
  /** Create a passkey (registration) or use one (sign-in). */
  kind: 'create' | 'use';
  optionsUrl: string;
  answerUrl: string;
  label: string;
  onDone: () => Promise<void>;
  primary?: boolean;
};

type Options = { challengeId: string; options: unknown };

export function PasskeyButton({ kind, optionsUrl, answerUrl, label, onDone, primary }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!browserSupportsWebAuthn()) return null;
  const run = async () => {
    const started = await sendJson<Options>('POST', optionsUrl);
    if (!started.ok) {
      setError(started.error);
      return;
    }
    let response: unknown;
    try {
      response =
        kind === 'create'
          ? await startRegistration({
              optionsJSON: started.value.options as PublicKeyCredentialCreationOptionsJSON,
            })
          : await startAuthentication({
              optionsJSON: started.value.options as PublicKeyCredentialRequestOptionsJSON,
            });
    } catch {
      setError({ code: 'passkey_cancelled', message: t('account.passkeyCancelled') });
      return;
    }
    const answered = await sendJson('POST', answerUrl, {
      challengeId: started.value.challengeId,
      response,
    });
    if (!answered.ok) {
      setError(answered.error);
      return;
    }
    setError(null);
    await onDone();
  };
  return (
    <div className="passkey">
      <ErrorMessage error={error} />
      <button
        type="button"
        className={primary === true ? 'primary' : undefined}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void run().finally(() => {
            setBusy(false);
          });
        }}
      >
        <span aria-hidden="true">🔑</span> {label}
      </button>
    </div>
  );
}
