/** Signing in: e-mail and password, then the authenticator code (or a recovery code). */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import { TotpEnrolment } from '../../components/TotpEnrolment.tsx';
import { useSession } from '../../session/session.ts';
import { startPageOf, useDemo } from '../../session/demo.ts';
import { DemoSignIn } from './DemoSignIn.tsx';
import { EmailCodeStep } from './EmailCodeStep.tsx';
import { PasskeyButton } from '../../components/PasskeyButton.tsx';

type Next = { next: 'done' | 'totp' | 'totp_enrolment' | 'email_code' };

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { session, refresh } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [error, setError] = useState<ApiError | null>(
    params.get('fout') === null
      ? null
      : { code: `oidc_${params.get('fout') ?? ''}`, message: t('errors.oidc') },
  );
  const [providers, setProviders] = useState<{ id: string; label: string }[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const demo = useDemo();
  // Where to go once signed in: the page of the demo person's work, else the start page.
  const target = useRef('/');

  useEffect(() => {
    void getJson<{ id: string; label: string }[]>('/api/v1/auth/providers').then((r) => {
      if (r.ok) setProviders(r.value);
    });
  }, []);
  useEffect(() => {
    heading.current?.focus();
  }, [session.state]);
  useEffect(() => {
    if (session.state === 'signed_in') void navigate(target.current);
  }, [session.state, navigate]);

  const after = async (result: Awaited<ReturnType<typeof sendJson<Next>>>) => {
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    await refresh();
  };

  if (session.state === 'pending' && session.pendingStep === 'totp_enrolment')
    return (
      <TotpEnrolment
        onDone={() => {
          void refresh();
        }}
      />
    );

  if (session.state === 'pending' && session.pendingStep === 'email_code')
    return <EmailCodeStep onSignedIn={refresh} />;

  if (session.state === 'pending')
    return (
      <section aria-labelledby="code-heading" className="narrow">
        <h1 id="code-heading" ref={heading} tabIndex={-1}>
          {t('account.codeTitle')}
        </h1>
        <ErrorMessage error={error} />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void sendJson<Next>(
              'POST',
              '/api/v1/auth/second-factor',
              useRecovery ? { recoveryCode: code } : { code },
            ).then(after);
          }}
        >
          <FormField
            id="code"
            label={useRecovery ? t('account.recoveryCode') : t('account.code')}
            hint={useRecovery ? t('account.recoveryCodeHint') : t('account.codeHint')}
            inputMode={useRecovery ? 'text' : 'numeric'}
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
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
            setUseRecovery(!useRecovery);
            setCode('');
          }}
        >
          {useRecovery ? t('account.useApp') : t('account.useRecovery')}
        </button>
      </section>
    );

  return (
    <section aria-labelledby="signin-heading" className="narrow">
      <h1 id="signin-heading" ref={heading} tabIndex={-1}>
        {t('account.signInTitle')}
      </h1>
      <ErrorMessage error={error} />
      {demo === null ? null : (
        <DemoSignIn
          demo={demo}
          onSignedIn={async (person) => {
            target.current = startPageOf(person.role);
            setError(null);
            await refresh();
          }}
          onError={setError}
        />
      )}
      {demo === null ? null : <h2>{t('demo.withAccount')}</h2>}
      <PasskeyButton
        kind="use"
        optionsUrl="/api/v1/auth/passkey/options"
        answerUrl="/api/v1/auth/passkey/sign-in"
        label={t('account.passkeySignIn')}
        onDone={refresh}
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void sendJson<Next>('POST', '/api/v1/auth/login', { email, password }).then(after);
        }}
      >
        <FormField
          id="email"
          label={t('account.signInName')}
          // An e-mail address, or a family account's mobile number.
          type="text"
          inputMode="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
          }}
        />
        <FormField
          id="password"
          label={t('account.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => {
            setPassword(e.target.value);
          }}
        />
        <button type="submit" className="primary">
          {t('account.next')}
        </button>
      </form>
      {providers.length > 0 ? (
        <div className="providers">
          <h2>{t('account.orWith')}</h2>
          <ul className="plain">
            {providers.map((p) => (
              <li key={p.id}>
                <a className="button" href={`/api/v1/auth/oidc/${p.id}/start`}>
                  {t('account.signInWith', { provider: p.label })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
