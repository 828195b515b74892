/** The services of my region, to edit (network coordinator). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

import type { ManagedServiceRow as Row } from '@omringd/core/api';

export function ManageServicesPage() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    void getJson<Row[]>('/api/v1/manage/services').then((r) => {
      if (r.ok) setRows(r.value);
      else setError(r.error);
    });
  }, []);
  const shown = (rows ?? []).filter((r) =>
    `${r.name} ${r.organizationName}`.toLowerCase().includes(filter.toLowerCase()),
  );
  return (
    <div>
      <h1>{t('manage.title')}</h1>
      <p>{t('manage.intro')}</p>
      <p>
        <Link to="/beheer/diensten/nieuw" className="button">
          {t('manage.add')}
        </Link>
      </p>
      <ErrorMessage error={error} />
      <div className="field">
        <label htmlFor="manage-filter">{t('manage.filter')}</label>
        <input
          id="manage-filter"
          type="search"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
          }}
        />
      </div>
      {rows === null ? (
        <p role="status">{t('account.loading')}</p>
      ) : (
        <ul className="plain result-list">
          {shown.map((r) => (
            <li key={r.id} className="result">
              <Link to={`/beheer/diensten/${r.id}`}>{r.name}</Link>
              <p className="meta">
                {r.organizationName} ·{' '}
                {t('manage.lastModified', {
                  date: new Date(r.lastModified).toLocaleDateString('nl-BE'),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
