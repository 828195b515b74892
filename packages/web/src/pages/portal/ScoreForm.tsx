/**
 * Our own score: how safe is it at home now, from 0 to 10. Kept as ours, next to the
 * professionals' scores, never changed afterwards; a new score is a new one.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyScoreInput } from '@omringd/core';
import { sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

const numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function ScoreForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [score, setScore] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  return (
    <form
      className="portal-card"
      aria-labelledby={`${id}-title`}
      id="ons-cijfer"
      onSubmit={(event) => {
        event.preventDefault();
        if (score === null) {
          setError({ code: 'score_missing', message: t('portal.scoreMissing') });
          return;
        }
        const body: FamilyScoreInput = { score, note };
        void sendJson('POST', `/api/v1/portal/cases/${caseId}/scores`, body).then((r) => {
          if (!r.ok) {
            setError(r.error);
            return;
          }
          setError(null);
          setStatus(t('portal.scoreGiven', { score }));
          setNote('');
        });
      }}
    >
      <h2 id={`${id}-title`}>{t('portal.scoreTitle')}</h2>
      <ErrorMessage error={error} />
      <fieldset className="portal-scale">
        <legend>{t('portal.scoreQuestion')}</legend>
        <p className="hint">{t('portal.scoreEnds')}</p>
        <div className="portal-scale-row">
          {numbers.map((n) => (
            <label key={n} className="portal-scale-choice">
              <input
                type="radio"
                name={`${id}-score`}
                value={n}
                checked={score === n}
                onChange={() => {
                  setScore(n);
                }}
              />
              <span>{n}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('portal.scoreNote')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
          }}
        />
      </div>
      <button type="submit" className="primary">
        {t('portal.scoreSend')}
      </button>
      <p role="status" className="status">
        {status}
      </p>
    </form>
  );
}
