/**
 * The case's waiting lists: each wait with its days, where it stands and the steps it may take,
 * the bridging help given meanwhile; and putting the family on another service's waiting list.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitView } from '@omringd/core';
import { getJson, ignoreAbort, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { AddWaitForm } from './AddWaitForm.tsx';
import { WaitCard } from './WaitCard.tsx';

export function WaitingPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [waits, setWaits] = useState<WaitView[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const abort = new AbortController();
    void getJson<WaitView[]>(`/api/v1/cases/${caseId}/waits`, abort.signal)
      .then((answer) => {
        if (answer.ok) setWaits(answer.value);
        else setError(answer.error);
      })
      .catch(ignoreAbort);
    return () => {
      abort.abort();
    };
  }, [caseId]);
  const changed = (next: WaitView[], text: string) => {
    setWaits(next);
    setStatus(text);
  };
  return (
    <section id="wachtlijsten" aria-labelledby={`${id}-h`} className="case-part">
      <h2 id={`${id}-h`}>{t('waiting.title')}</h2>
      <p className="hint">{t('waiting.hint')}</p>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      {waits === null ? null : waits.length === 0 ? (
        <p>{t('waiting.none')}</p>
      ) : (
        <ul className="plain wait-list">
          {waits.map((w) => (
            <li key={w.id}>
              <WaitCard caseId={caseId} wait={w} onChanged={changed} />
            </li>
          ))}
        </ul>
      )}
      <AddWaitForm caseId={caseId} onAdded={changed} />
    </section>
  );
}
