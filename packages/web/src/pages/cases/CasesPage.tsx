/** The case files the user is in the team of, most recently changed first. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '@omringd/core';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

export function CasesPage() {
  const { t } = useTranslation();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    void getJson<CaseSummary[]>('/api/v1/cases', abort.signal).then((r) => {
      if (r.ok) setCases(r.value);
      else if (r.error.code !== 'aborted') setError(r.error);
    });
    return () => {
      abort.abort();
    };
  }, []);
  return (
    <div>
      <h1>{t('caseFile.listTitle')}</h1>
      <ErrorMessage error={error} />
      {cases === null ? (
        error === null ? (
          <p role="status">{t('account.loading')}</p>
        ) : null
      ) : cases.length === 0 ? (
        <p>{t('caseFile.none')}</p>
      ) : (
        <ul className="case-list">
          {cases.map((c) => (
            <li key={c.id}>
              <Link to={`/dossiers/${c.id}`}>{c.familyLabel}</Link> — {c.title}
              {c.caseRole === 'coordinator' ? ` (${t('caseFile.youCoordinate')})` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
