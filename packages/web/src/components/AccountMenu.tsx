/** In the header: sign in, or who is signed in, their pages, and sign out. */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { sendJson } from '../api.ts';
import { useSession } from '../session/session.ts';

export function AccountMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session, refresh } = useSession();
  if (session.state !== 'signed_in')
    return (
      <Link to="/aanmelden" className="account-link">
        {t('account.signIn')}
      </Link>
    );
  return (
    <nav aria-label={t('account.menu')} className="account-menu">
      <span className="account-name">{session.user.displayName}</span>
      {session.rights.includes('referral.create') ? (
        <Link to="/aanmeldingen">{t('referral.mineTitle')}</Link>
      ) : null}
      {session.rights.includes('intake.read') ? (
        <Link to="/intake">{t('referral.inboxTitle')}</Link>
      ) : null}
      {session.rights.includes('admin.accounts') ? (
        <Link to="/beheer">{t('admin.title')}</Link>
      ) : null}
      {session.rights.includes('directory.manage') ? (
        <Link to="/beheer/programmas">{t('programmes.title')}</Link>
      ) : null}
      {session.rights.includes('directory.manage') ? (
        <Link to="/beheer/diensten">{t('manage.title')}</Link>
      ) : null}
      <button
        type="button"
        onClick={() => {
          void sendJson('POST', '/api/v1/auth/logout').then(async () => {
            await refresh();
            await navigate('/');
          });
        }}
      >
        {t('account.signOut')}
      </button>
    </nav>
  );
}
