/** One case file: who works on it, and who the family is. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CaseView } from '@omringd/core';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FamilyPanel } from './FamilyPanel.tsx';

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [file, setFile] = useState<CaseView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    void getJson<CaseView>(`/api/v1/cases/${id}`, abort.signal).then((r) => {
      if (r.ok) setFile(r.value);
      else if (r.error.code !== 'aborted') setError(r.error);
    });
    return () => {
      abort.abort();
    };
  }, [id]);
  if (file === null)
    return error === null ? (
      <p role="status">{t('account.loading')}</p>
    ) : (
      <ErrorMessage error={error} />
    );
  return (
    <div>
      <h1>{t('caseFile.title', { family: file.familyLabel })}</h1>
      <p>{file.title}</p>
      <section aria-labelledby="team-heading">
        <h2 id="team-heading">{t('caseFile.team')}</h2>
        <ul>
          {file.team.map((m) => (
            <li key={m.userId}>
              {m.displayName}
              {m.caseRole === 'coordinator' ? ` — ${t('caseFile.contactPerson')}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <FamilyPanel caseId={file.id} />
    </div>
  );
}
