/**
 * Home visits in the case file: the rhythm the family chose, the visits it asked for (with what
 * it wants to talk about), and the contact person's decision — confirm, decline with a word,
 * or cancel a confirmed visit. A confirmed visit opens in a calendar.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseVisits, HomeVisit, VisitDecision } from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { momentInWords } from '../../portal/visitMoments.ts';
import { FreeMoments } from './FreeMoments.tsx';

export function HomeVisitsPanel({ caseId, isContact }: { caseId: string; isContact: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const url = `/api/v1/cases/${caseId}/home-visits`;
  const [visits, setVisits] = useState<CaseVisits | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const load = useCallback(() => {
    void getJson<CaseVisits>(url).then((r) => {
      if (r.ok) setVisits(r.value);
      else setError(r.error);
    });
  }, [url]);
  useEffect(load, [load]);

  const decide = (visit: HomeVisit, decision: VisitDecision['decision'], answer: string) => {
    void sendJson<CaseVisits>('PUT', `${url}/${visit.id}`, { decision, answer }).then((r) => {
      if (!r.ok) {
        setError(r.error);
        if (r.error.code === 'conflict') load();
        return;
      }
      setError(null);
      setVisits(r.value);
      setStatus(t(`homeVisits.decided.${decision}`));
    });
  };

  const rhythm = visits?.rhythm;
  return (
    <section aria-labelledby={`${id}-title`} id="huisbezoeken">
      <h2 id={`${id}-title`}>{t('homeVisits.title')}</h2>
      <ErrorMessage error={error} />
      {rhythm === undefined ? null : (
        <p>
          {rhythm.everyWeeks === null
            ? t('homeVisits.noRhythm', { min: rhythm.allowed.min, max: rhythm.allowed.max })
            : t('homeVisits.rhythm', { weeks: rhythm.everyWeeks, by: rhythm.chosenByName ?? '' })}
        </p>
      )}
      {visits === null ? null : visits.visits.length === 0 ? (
        <p>{t('homeVisits.none')}</p>
      ) : (
        <ul className="plain">
          {visits.visits.map((visit) => (
            <VisitCard
              key={`${visit.id}:${String(visit.sequence)}`}
              visit={visit}
              caseId={caseId}
              when={momentInWords(visit.startsAt, i18n.language)}
              onDecide={(decision, answer) => {
                decide(visit, decision, answer);
              }}
            />
          ))}
        </ul>
      )}
      <p role="status" className="status">
        {status}
      </p>
      {isContact ? <FreeMoments /> : null}
    </section>
  );
}

type CardProps = {
  visit: HomeVisit;
  caseId: string;
  when: string;
  onDecide: (decision: VisitDecision['decision'], answer: string) => void;
};

function VisitCard({ visit, caseId, when, onDecide }: CardProps) {
  const { t } = useTranslation();
  const id = useId();
  const [answer, setAnswer] = useState('');
  const open = visit.status === 'requested' || visit.status === 'confirmed';
  return (
    <li className="portal-card">
      <p>
        <strong>{when}</strong> — {t(`homeVisits.status.${visit.status}`)}
        {' · '}
        {visit.fromSlot ? t('homeVisits.fromSlot') : t('homeVisits.proposed')}
      </p>
      <p>
        {visit.topics === ''
          ? t('homeVisits.noTopics')
          : t('homeVisits.topics', { by: visit.requestedByName, topics: visit.topics })}
      </p>
      {visit.answer === '' ? null : (
        <p>{t('homeVisits.answer', { by: visit.decidedByName ?? '', answer: visit.answer })}</p>
      )}
      {visit.status === 'confirmed' ? (
        <a
          className="button"
          href={`/api/v1/cases/${caseId}/home-visits/${visit.id}/calendar.ics`}
          download="huisbezoek.ics"
        >
          {t('homeVisits.calendar')}
        </a>
      ) : null}
      {open ? (
        <div className="field">
          <label htmlFor={`${id}-answer`}>{t('homeVisits.answerLabel')}</label>
          <input
            id={`${id}-answer`}
            value={answer}
            maxLength={1000}
            onChange={(e) => {
              setAnswer(e.target.value);
            }}
          />
        </div>
      ) : null}
      {visit.status === 'requested' ? (
        <div className="row-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              onDecide('confirm', answer);
            }}
          >
            {t('homeVisits.confirm')}
          </button>
          <button
            type="button"

            onClick={() => {
              onDecide('decline', answer);
            }}
          >
            {t('homeVisits.decline')}
          </button>
        </div>
      ) : null}
      {visit.status === 'confirmed' ? (
        <button
          type="button"

          onClick={() => {
            onDecide('cancel', answer);
          }}
        >
          {t('homeVisits.cancel')}
        </button>
      ) : null}
    </li>
  );
}
