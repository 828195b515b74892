/**
 * The intake inbox: incoming referrals with their deadlines, to filter (new, running, closed) and
 * sort (the first deadline, newest, oldest); the choice is kept in the address.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { Referral } from './referralTypes.ts';
import { ReferralSummary } from './ReferralSummary.tsx';
import { familyName } from './MyReferralsPage.tsx';
import {
  inboxFilters,
  inboxSorts,
  orderInbox,
  type InboxFilter,
  type InboxSort,
} from './inboxOrder.ts';

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  list.find((x) => x === value) ?? fallback;

export function InboxPage() {
  const { t } = useTranslation();
  const [items, setItems] = useState<Referral[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [params, setParams] = useSearchParams();
  const filter: InboxFilter = oneOf(inboxFilters, params.get('toon'), 'open');
  const sort: InboxSort = oneOf(inboxSorts, params.get('volgorde'), 'deadline');
  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const shown = items === null ? null : orderInbox(items, filter, sort);
  useEffect(() => {
    void getJson<Referral[]>('/api/v1/referrals/inbox').then((r) => {
      if (r.ok) setItems(r.value);
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
      <div className="inbox-controls">
        <div className="field">
          <label htmlFor="inbox-filter">{t('inbox.filter')}</label>
          <select
            id="inbox-filter"
            value={filter}
            onChange={(e) => {
              choose('toon', e.target.value);
            }}
          >
            {inboxFilters.map((f) => (
              <option key={f} value={f}>
                {t(`inbox.filters.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="inbox-sort">{t('inbox.sort')}</label>
          <select
            id="inbox-sort"
            value={sort}
            onChange={(e) => {
              choose('volgorde', e.target.value);
            }}
          >
            {inboxSorts.map((o) => (
              <option key={o} value={o}>
                {t(`inbox.sorts.${o}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {shown === null ? null : shown.length === 0 ? (
        <p>{items?.length === 0 ? t('referral.inboxEmpty') : t('inbox.noneShown')}</p>
      ) : (
        <ul
          className="plain result-list"
          aria-label={t('inbox.listLabel', { count: shown.length })}
        >
          {shown.map((r) => (
            <li key={r.id} className="result">
              <h2>
                <Link to={`/aanmeldingen/${r.id}`}>{familyName(r, t('referral.unnamed'))}</Link>
              </h2>
              <p className="meta">
                {t('referral.from', {
                  name: r.externalReferrer?.name ?? r.referrer.displayName,
                })}
              </p>
              <ReferralSummary referral={r} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
