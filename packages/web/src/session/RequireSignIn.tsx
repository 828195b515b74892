/** Pages for signed-in people: others are sent to sign in first. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useSession } from './session.ts';

export function RequireSignIn({ right, children }: { right?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { session } = useSession();
  if (session.state === 'loading') return <p role="status">{t('account.loading')}</p>;
  if (session.state !== 'signed_in') return <Navigate to="/aanmelden" replace />;
  if (right !== undefined && !session.rights.includes(right))
    return (
      <p role="alert" className="error">
        {t('errors.forbidden')}
      </p>
    );
  return children;
}
