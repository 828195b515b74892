/** My referrals: each with its status and the one contact person. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { Referral } from './referralTypes.ts';
import { ReferralSummary } from './ReferralSummary.tsx';

export function familyName(r: Referral, fallback: string): string {
  const name = r.content.family.parents[0]?.name ?? '';
  return name === '' ? fallback : name;
}

export function MyReferralsPage() {
  const { t } = useTranslation();
  const [items, setItems] = useState<Referral[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void getJson<Referral[]>('/api/v1/referrals/mine').then((r) => {
      if (r.ok) setItems(r.value);
      else setError(r.error);
    });
  }, []);
  return (
    <div>
      <h1>{t('referral.mineTitle')}</h1>
      <p>
        <Link to="/aanmeldingen/nieuw" className="button">
          {t('referral.newTitle')}
        </Link>
      </p>
      <ErrorMessage error={error} />
      {items === null ? null : items.length === 0 ? (
        <p>{t('referral.none')}</p>
      ) : (
        <ul className="plain result-list">
          {items.map((r) => (
            <li key={r.id} className="result">
              <h2>
                <Link
                  to={
                    r.status === 'draft'
                      ? `/aanmeldingen/${r.id}/bewerken`
                      : `/aanmeldingen/${r.id}`
                  }
                >
                  {familyName(r, t('referral.unnamed'))}
                </Link>
              </h2>
              <ReferralSummary referral={r} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
