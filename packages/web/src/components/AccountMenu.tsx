/** In the header: sign in, or who is signed in, their pages, and sign out. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { getJson, sendJson } from '../api.ts';
import { useSession } from '../session/session.ts';
import { NOTICES_CHANGED, type Notice } from '../notices.ts';
import { forgetOfflineCopies } from '../session/forgetOffline.ts';

/** Unread notices, counted again on every page change (one small request). */
function useUnreadCount(signedIn: boolean): number {
  const { pathname } = useLocation();
  const [count, setCount] = useState(0);
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const changed = () => {
      setChanges((n) => n + 1);
    };
    window.addEventListener(NOTICES_CHANGED, changed);
    return () => {
      window.removeEventListener(NOTICES_CHANGED, changed);
    };
  }, []);
  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    void getJson<Notice[]>('/api/v1/notifications', controller.signal).then((r) => {
      if (r.ok) setCount(r.value.filter((n) => !n.read).length);
    });
    return () => {
      controller.abort();
    };
  }, [signedIn, pathname, changes]);
  return count;
}

export function AccountMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session, refresh } = useSession();
  const unread = useUnreadCount(session.state === 'signed_in');
  if (session.state !== 'signed_in')
    return (
      <Link to="/aanmelden" className="account-link">
        {t('account.signIn')}
      </Link>
    );
  return (
    <nav aria-label={t('account.menu')} className="account-menu">
      <Link to="/mijn-gegevens" className="account-name">
        {session.user.displayName}
      </Link>
      <Link to="/meldingen">
        {unread === 0 ? t('notices.menu') : t('notices.menuUnread', { count: unread })}
      </Link>
      {session.rights.includes('family.own') ? (
        <Link to="/ons-gezin">{t('portal.menu')}</Link>
      ) : null}
      {session.rights.includes('family.support') ? (
        <Link to="/steun">{t('portal.support.menu')}</Link>
      ) : null}
      {session.rights.includes('referral.create') ? (
        <Link to="/aanmeldingen">{t('referral.mineTitle')}</Link>
      ) : null}
      {session.rights.includes('case.participate') ? (
        <Link to="/dossiers">{t('caseFile.menu')}</Link>
      ) : null}
      {session.rights.includes('case.participate') ? (
        <Link to="/taken">{t('tasks.menu')}</Link>
      ) : null}
      {session.rights.includes('aggregate.read') ? (
        <Link to="/signalen">{t('signalReport.menu')}</Link>
      ) : null}
      {session.rights.includes('budget.manage') ? (
        <Link to="/budgetten">{t('budgetAdmin.menu')}</Link>
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
            await forgetOfflineCopies();
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
