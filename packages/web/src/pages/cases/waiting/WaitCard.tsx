/** One wait: where it stands, its bridging help, the steps it may take next. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitStatus, WaitView } from '@omringd/core';
import { sendJson, type ApiError } from '../../../api.ts';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDate } from '../../../format.ts';
import { todayInBrussels } from '../budget/money.ts';
import { BridgingForm } from './BridgingForm.tsx';

export function WaitCard(props: {
  caseId: string;
  wait: WaitView;
  onChanged: (waits: WaitView[], announcement: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { wait } = props;
  const [on, setOn] = useState(todayInBrussels());
  const [bridging, setBridging] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const day = (d: string) => formatDate(d, i18n.language);
  const move = async (to: WaitStatus) => {
    const answer = await sendJson<WaitView[]>(
      'POST',
      `/api/v1/cases/${props.caseId}/waits/${wait.id}/status`,
      { to, on },
    );
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    props.onChanged(answer.value, t('waiting.move.done', { status: t(`waiting.statuses.${to}`) }));
  };
  const open = wait.status === 'waiting' || wait.status === 'offered';
  return (
    <article aria-labelledby={`${id}-h`} className="wait-card">
      <h3 id={`${id}-h`}>
        {wait.service} <span className="hint">({wait.organization})</span>
      </h3>
      <p>
        <strong>{t(`waiting.statuses.${wait.status}`)}</strong> —{' '}
        {t('waiting.since', { date: day(wait.since) })} ·{' '}
        {t('waiting.days', { count: wait.daysWaited })}
        {wait.expectedWeeks === null ? null : (
          <> · {t('waiting.expected', { count: wait.expectedWeeks })}</>
        )}
      </p>
      {wait.status === 'waiting' ? null : (
        <p className="hint">
          {t('waiting.statusOn', {
            status: t(`waiting.statuses.${wait.status}`),
            date: day(wait.statusOn),
          })}
        </p>
      )}
      {wait.note === '' ? null : <p>{wait.note}</p>}
      <h4>{t('waiting.bridging.heading')}</h4>
      {wait.bridging.length === 0 ? (
        <p>{t('waiting.bridging.none')}</p>
      ) : (
        <ul>
          {wait.bridging.map((b) => (
            <li key={b.id}>
              {t('waiting.bridging.item', {
                kind: t(`waiting.bridging.kinds.${b.kind}`),
                provider: b.provider,
                from: day(b.from),
              })}
              {b.to === null ? '' : ` ${t('waiting.bridging.until', { to: day(b.to) })}`}
              {b.note === '' ? '' : ` — ${b.note}`}
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <>
          {bridging ? (
            <BridgingForm
              caseId={props.caseId}
              wait={wait}
              onSaved={(waits, text) => {
                setBridging(false);
                props.onChanged(waits, text);
              }}
              onCancel={() => {
                setBridging(false);
              }}
            />
          ) : (
            <button
              type="button"
              onClick={() => {
                setBridging(true);
              }}
            >
              {t('waiting.bridging.open')}
            </button>
          )}
          <fieldset className="wait-steps">
            <legend>{t('waiting.move.legend')}</legend>
            <DateInput
              id={`${id}-on`}
              label={t('waiting.move.on')}
              labelHidden
              value={on}
              onChange={setOn}
            />
            <div className="row-actions">
              {wait.next.map((to) => (
                <button key={to} type="button" onClick={() => void move(to)}>
                  {t(`waiting.to.${to}`)}
                </button>
              ))}
            </div>
          </fieldset>
          <ErrorMessage error={error} />
        </>
      ) : null}
    </article>
  );
}
