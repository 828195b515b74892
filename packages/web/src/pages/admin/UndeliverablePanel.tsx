/**
 * For the network coordinator: where referrals reach no one in Omringd — sent through a service's
 * own route, or waiting where no one is on intake any more. Figures only, no family data.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Undeliverable } from '@omringd/core/api';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../format.ts';

export function UndeliverablePanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [rows, setRows] = useState<Undeliverable[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void getJson<Undeliverable[]>('/api/v1/referrals/undeliverable').then((r) => {
      if (r.ok) setRows(r.value);
      else setError(r.error);
    });
  }, []);
  return (
    <section aria-labelledby="undeliverable-heading">
      <h2 id="undeliverable-heading">{t('undeliverable.title')}</h2>
      <p>{t('undeliverable.intro')}</p>
      <ErrorMessage error={error} />
      {rows === null ? null : rows.length === 0 ? (
        <p>{t('undeliverable.none')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('undeliverable.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('undeliverable.receiver')}</th>
              <th scope="col">{t('undeliverable.external')}</th>
              <th scope="col">{t('undeliverable.waiting')}</th>
              <th scope="col">{t('undeliverable.last')}</th>
              <th scope="col">{t('undeliverable.now')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={`${row.organizationName}:${row.serviceName ?? ''}:${row.programmeName?.nl ?? ''}`}
              >
                <td>
                  {row.programmeName?.[lang] ?? row.serviceName ?? ''}
                  <br />
                  <span className="hint">{row.organizationName}</span>
                </td>
                <td>{row.external}</td>
                <td>{row.waitingWithoutReceiver}</td>
                <td>{formatDateTime(row.lastSentAt, lang)}</td>
                <td>
                  {row.receivable ? t('undeliverable.receivable') : t('undeliverable.nobody')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
