/** My details: the work phone referrers see when I am the contact person for their family. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import { useSession } from '../../session/session.ts';

export function ProfilePage() {
  const { t } = useTranslation();
  const { session, refresh } = useSession();
  const current = session.state === 'signed_in' ? (session.user.phone ?? '') : '';
  const [phone, setPhone] = useState(current);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  if (session.state !== 'signed_in') return null;
  return (
    <section aria-labelledby="profile-heading" className="narrow">
      <h1 id="profile-heading">{t('profile.title')}</h1>
      <dl className="facts">
        <dt>{t('profile.name')}</dt>
        <dd>{session.user.displayName}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{session.user.email}</dd>
      </dl>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void sendJson('PUT', '/api/v1/auth/profile', { phone }).then(async (result) => {
            if (!result.ok) {
              setError(result.error);
              return;
            }
            setError(null);
            setSaved(true);
            await refresh();
          });
        }}
      >
        <FormField
          id="phone"
          label={t('profile.phone')}
          hint={t('profile.phoneHint')}
          type="tel"
          autoComplete="tel"
          value={phone}
          error={
            error?.fields?.some((f) => f.field === 'phone') === true
              ? t('profile.phoneError')
              : undefined
          }
          onChange={(e) => {
            setPhone(e.target.value);
          }}
        />
        {error !== null && error.fields === undefined ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="primary">
          {t('profile.save')}
        </button>
        <p role="status">{saved ? t('profile.saved') : ''}</p>
      </form>
    </section>
  );
}
