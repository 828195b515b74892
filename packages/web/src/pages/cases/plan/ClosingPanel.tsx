/**
 * Closing the case with the family: how each goal went, why it ends, where the family goes on
 * (services of the social map); then the letter that tells them, and how long the file is kept.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  closingReasons,
  goalOutcomes,
  type ClosingReason,
  type ClosingView,
  type Goal,
} from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../../api.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDate } from '../../../format.ts';
import { ServicePicker } from '../parts/ServicePicker.tsx';

type Outcome = (typeof goalOutcomes)[number];

export function ClosingPanel(props: {
  caseId: string;
  version: number;
  goals: Goal[];
  closed: boolean;
  onClosed: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const base = `/api/v1/cases/${props.caseId}`;
  const [closing, setClosing] = useState<ClosingView | null>(null);
  const [reason, setReason] = useState<ClosingReason>('goals_reached');
  const [explanation, setExplanation] = useState('');
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [handover, setHandover] = useState<{ serviceId: string; name: string; note: string }[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!props.closed) return;
    const abort = new AbortController();
    void getJson<ClosingView>(`${base}/closing`, abort.signal).then((r) => {
      if (r.ok) setClosing(r.value);
    });
    return () => {
      abort.abort();
    };
  }, [base, props.closed]);
  const close = async () => {
    const answer = await sendJson<ClosingView>('POST', `${base}/closing`, {
      version: props.version,
      reason,
      explanation,
      outcomes: Object.entries(outcomes).map(([goalId, outcome]) => ({ goalId, outcome })),
      handover: handover.map((h) => ({ serviceId: h.serviceId, note: h.note })),
    });
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setClosing(answer.value);
    props.onClosed();
  };
  if (closing !== null)
    return (
      <section aria-labelledby={`${id}-heading`} className="plan-closing">
        <h2 id={`${id}-heading`}>{t('closing.closedTitle')}</h2>
        <p>
          {t('closing.closedOn', {
            date: formatDate(closing.closedAt, i18n.language),
            by: closing.closedBy,
          })}{' '}
          {t(`closing.reasons.${closing.reason}`)}
        </p>
        <p>
          {t('closing.keptUntil', {
            date: formatDate(closing.keptUntil, i18n.language),
            years: closing.retentionYears,
          })}
        </p>
        <p>
          <a href={`${base}/closing-letter.pdf`} download>
            {t('closing.letter')}
          </a>
        </p>
      </section>
    );
  return (
    <section aria-labelledby={`${id}-heading`} className="plan-closing">
      <h2 id={`${id}-heading`}>{t('closing.title')}</h2>
      <p className="hint">{t('closing.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('closing.reason')}</label>
        <select
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value as ClosingReason);
          }}
        >
          {closingReasons.map((r) => (
            <option key={r} value={r}>
              {t(`closing.reasons.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-explanation`}>{t('closing.explanation')}</label>
        <textarea
          id={`${id}-explanation`}
          rows={2}
          value={explanation}
          onChange={(e) => {
            setExplanation(e.target.value);
          }}
        />
      </div>
      {props.goals.map((g, i) => (
        <fieldset key={g.id}>
          <legend>{t('plan.progressOf', { number: i + 1, text: g.text })}</legend>
          {goalOutcomes.map((o) => (
            <label key={o} className="choice">
              <input
                type="radio"
                name={`${id}-outcome-${g.id}`}
                checked={outcomes[g.id] === o}
                onChange={() => {
                  setOutcomes({ ...outcomes, [g.id]: o });
                }}
              />{' '}
              {t(`closing.outcomes.${o}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <h3>{t('closing.handover')}</h3>
      <ul>
        {handover.map((h) => (
          <li key={h.serviceId}>
            {h.name}{' '}
            <button
              type="button"
              onClick={() => {
                setHandover(handover.filter((x) => x.serviceId !== h.serviceId));
              }}
            >
              {t('closing.removeService', { name: h.name })}
            </button>
          </li>
        ))}
      </ul>
      <ServicePicker
        onPick={(service) => {
          if (handover.some((h) => h.serviceId === service.id)) return;
          setHandover([
            ...handover,
            {
              serviceId: service.id,
              name: `${service.name} (${service.organizationName})`,
              note: '',
            },
          ]);
        }}
      />
      <ErrorMessage error={error} />
      <ConfirmButton
        question={t('closing.question')}
        confirmLabel={t('closing.confirm')}
        onConfirm={() => void close()}
      >
        {t('closing.button')}
      </ConfirmButton>
    </section>
  );
}
