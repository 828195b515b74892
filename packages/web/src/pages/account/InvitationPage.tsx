/** Accepting an invitation: who invited you for what, choose a password, set up the app. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import { TotpEnrolment } from '../../components/TotpEnrolment.tsx';
import { useSession } from '../../session/session.ts';

type Invitation = {
  email: string;
  displayName: string;
  organizationName: string;
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
  const [step, setStep] = useState<'password' | 'enrol'>('password');

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
            {t('account.invitationIntro', {
              name: invitation.displayName,
              organization: invitation.organizationName,
              role:
                invitation.roleLabel === null
                  ? ''
                  : invitation.roleLabel[i18n.language === 'en' ? 'en' : 'nl'],
            })}
          </p>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (password !== repeat) {
                setMismatch(true);
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
                  setError(r.error);
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
