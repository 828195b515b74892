/** The extensions waiting for this person's decision: figures and reasons, approved or refused. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '@omringd/core/budget';
import type { PendingExtension } from '@omringd/core';
import { getJson, ignoreAbort, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { euroLocale } from '../cases/budget/money.ts';

function Decision({
  item,
  onDecided,
}: {
  item: PendingExtension;
  onDecided: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const euro = (c: number) => formatEuro(c, euroLocale(i18n.language));
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const decide = async (approved: boolean) => {
    const answer = await sendJson<{ status: string; endsOn: string }>(
      'POST',
      `/api/v1/cases/${item.caseId}/budget/extension/decision`,
      { approved, note },
    );
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    onDecided(
      approved
        ? t('budgetAdmin.extensions.approved', {
            endsOn: formatDate(answer.value.endsOn, i18n.language),
          })
        : t('budgetAdmin.extensions.refused'),
    );
  };
  return (
    <li>
      <article aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>
          {t('budgetAdmin.extensions.item', {
            reference: item.caseReference,
            programme: item.programmeName[lang],
          })}
        </h3>
        <p>
          {t('budgetAdmin.extensions.figures', {
            committed: euro(item.committedCents),
            max: euro(item.maximumCents),
            endsOn: formatDate(item.endsOn, i18n.language),
          })}
        </p>
        <p>
          {t('budgetAdmin.extensions.asked', {
            by: item.requestedBy,
            at: formatDateTime(item.requestedAt, i18n.language),
          })}
        </p>
        <blockquote>{item.reason}</blockquote>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('budgetAdmin.extensions.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
            }}
          />
        </div>
        <ErrorMessage error={error} />
        <button type="button" onClick={() => void decide(true)}>
          {t('budgetAdmin.extensions.approve')}
        </button>{' '}
        <button type="button" onClick={() => void decide(false)}>
          {t('budgetAdmin.extensions.refuse')}
        </button>
      </article>
    </li>
  );
}

export function PendingExtensions() {
  const { t } = useTranslation();
  const id = useId();
  const [items, setItems] = useState<PendingExtension[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  // Read again after each decision: the list is what waits now.
  const [round, setRound] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    void getJson<PendingExtension[]>('/api/v1/budget/extensions', abort.signal)
      .then((answer) => {
        if (answer.ok) setItems(answer.value);
        else setError(answer.error);
      })
      .catch(ignoreAbort);
    return () => {
      abort.abort();
    };
  }, [round]);
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('budgetAdmin.extensions.heading')}</h2>
      <p role="status">{status}</p>
      <ErrorMessage error={error} />
      {items === null ? null : items.length === 0 ? (
        <p>{t('budgetAdmin.extensions.none')}</p>
      ) : (
        <ul className="plain">
          {items.map((item) => (
            <Decision
              key={item.caseId}
              item={item}
              onDecided={(text) => {
                setStatus(text);
                setRound((r) => r + 1);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
