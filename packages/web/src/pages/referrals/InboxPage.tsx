/** The intake inbox: incoming referrals with their deadlines; overdue ones first and marked. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { Referral } from './referralTypes.ts';
import { ReferralSummary } from './ReferralSummary.tsx';
import { familyName } from './MyReferralsPage.tsx';

export function InboxPage() {
  const { t } = useTranslation();
  const [items, setItems] = useState<Referral[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void getJson<Referral[]>('/api/v1/referrals/inbox').then((r) => {
      if (r.ok)
        setItems(
          [...r.value].sort(
            (a, b) =>
              Number(b.deadlines.some((d) => d.overdue && d.metAt === null)) -
              Number(a.deadlines.some((d) => d.overdue && d.metAt === null)),
          ),
        );
      else setError(r.error);
    });
  }, []);
  return (
    <div>
      <h1>{t('referral.inboxTitle')}</h1>
      <p>
        <Link to="/intake/telefonisch">{t('phone.link')}</Link>
      </p>
      <ErrorMessage error={error} />
      {items === null ? null : items.length === 0 ? (
        <p>{t('referral.inboxEmpty')}</p>
      ) : (
        <ul className="plain result-list">
          {items.map((r) => (
            <li key={r.id} className="result">
              <h2>
                <Link to={`/aanmeldingen/${r.id}`}>{familyName(r, t('referral.unnamed'))}</Link>
              </h2>
              <p className="meta">{t('referral.from', { name: r.referrer.displayName })}</p>
              <ReferralSummary referral={r} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
