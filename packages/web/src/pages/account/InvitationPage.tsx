/** Accepting an invitation: who invited you for what, choose a password, set up the app. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import { TotpEnrolment } from '../../components/TotpEnrolment.tsx';
import { useSession } from '../../session/session.ts';
import { PasskeyButton } from '../../components/PasskeyButton.tsx';

/** The server's rule (passwords.ts), checked here first so the reason is said at once. */
const MIN_PASSWORD_LENGTH = 12;

type Invitation = {
  email: string;
  displayName: string;
  organizationName: string;
  role: string | null;
  roleLabel: { nl: string; en: string } | null;
};

export function InvitationPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [passwordError, setPasswordError] = useState<string | undefined>(undefined);
  const [step, setStep] = useState<'password' | 'enrol'>('password');
  // Logins for families (itsme, the government login) a network configured.
  const [familyLogins, setFamilyLogins] = useState<{ id: string; label: string }[]>([]);
  useEffect(() => {
    void getJson<{ id: string; label: string; forFamilies: boolean }[]>(
      '/api/v1/auth/providers',
    ).then((r) => {
      if (r.ok) setFamilyLogins(r.value.filter((p) => p.forFamilies));
    });
  }, []);

  useEffect(() => {
    void getJson<Invitation>(`/api/v1/invitations/${encodeURIComponent(token)}`).then((r) => {
      if (r.ok) setInvitation(r.value);
      else setError(r.error);
    });
  }, [token]);

  if (step === 'enrol')
    return (
      <TotpEnrolment
        onDone={() => {
          void refresh().then(() => navigate('/'));
        }}
      />
    );

  return (
    <section aria-labelledby="invitation-heading" className="narrow">
      <h1 id="invitation-heading">{t('account.invitationTitle')}</h1>
      <ErrorMessage error={error} />
      {invitation === null ? null : (
        <>
          <p>
            {t(
              invitation.role === 'parent' || invitation.role === 'child'
                ? 'account.invitationIntroParent'
                : 'account.invitationIntro',
              {
                name: invitation.displayName,
                organization: invitation.organizationName,
                role:
                  invitation.roleLabel === null
                    ? ''
                    : invitation.roleLabel[i18n.language === 'en' ? 'en' : 'nl'],
              },
            )}
          </p>
          {invitation.role === 'parent' || invitation.role === 'child' ? (
            <div className="portal-card">
              <h2>{t('account.passkeyTitle')}</h2>
              <p>{t('account.passkeyIntro')}</p>
              <PasskeyButton
                kind="create"
                primary
                optionsUrl={`/api/v1/invitations/${encodeURIComponent(token)}/passkey-options`}
                answerUrl={`/api/v1/invitations/${encodeURIComponent(token)}/accept-passkey`}
                label={t('account.passkeyCreate')}
                onDone={async () => {
                  await refresh();
                  await navigate('/');
                }}
              />
              {familyLogins.map((login) => (
                <p key={login.id}>
                  <a
                    className="button"
                    href={`/api/v1/invitations/${encodeURIComponent(token)}/oidc/${login.id}`}
                  >
                    {t('account.acceptWithLogin', { login: login.label })}
                  </a>
                </p>
              ))}
              <h2>{t('account.passwordInstead')}</h2>
            </div>
          ) : null}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              // One message at a time, the one that applies now: first the length, then the match.
              setError(null);
              if (password.length < MIN_PASSWORD_LENGTH) {
                setPasswordError(t('errors.reasons.password_too_short'));
                setMismatch(false);
                document.getElementById('new-password')?.focus();
                return;
              }
              setPasswordError(undefined);
              if (password !== repeat) {
                setMismatch(true);
                document.getElementById('repeat-password')?.focus();
                return;
              }
              setMismatch(false);
              void sendJson<{ next: string }>(
                'POST',
                `/api/v1/invitations/${encodeURIComponent(token)}/accept`,
                {
                  password,
                },
              ).then(async (r) => {
                if (!r.ok) {
                  // A refused password is said at the password field, in its precise words.
                  if (r.error.fields?.some((f) => f.field === 'password') === true) {
                    setPasswordError(
                      t(`errors.reasons.${r.error.reason ?? ''}`, {
                        defaultValue: t(`errors.${r.error.code}`),
                      }),
                    );
                    document.getElementById('new-password')?.focus();
                  } else setError(r.error);
                  return;
                }
                setError(null);
                if (r.value.next === 'totp_enrolment') setStep('enrol');
                else {
                  await refresh();
                  await navigate('/');
                }
              });
            }}
          >
            <p>
              {t('account.email')}: <strong>{invitation.email}</strong>
            </p>
            <FormField
              id="new-password"
              label={t('account.newPassword')}
              hint={t('account.passwordHint')}
              type="password"
              autoComplete="new-password"
              required
              value={password}
              error={passwordError}
              onChange={(e) => {
                setPassword(e.target.value);
              }}
            />
            <FormField
              id="repeat-password"
              label={t('account.repeatPassword')}
              type="password"
              autoComplete="new-password"
              required
              value={repeat}
              error={mismatch ? t('account.passwordMismatch') : undefined}
              onChange={(e) => {
                setRepeat(e.target.value);
              }}
            />
            <button type="submit" className="primary">
              {t('account.setPassword')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
