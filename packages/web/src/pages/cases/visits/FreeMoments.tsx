/**
 * My free moments for home visits: offered once, for every family I coordinate; a family picks
 * one in its portal. A moment a family holds stays (cancel the visit instead).
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitSlot } from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { brusselsInputToIso, momentInWords } from '../../portal/visitMoments.ts';

export function FreeMoments() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [slots, setSlots] = useState<VisitSlot[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [when, setWhen] = useState('');
  const [minutes, setMinutes] = useState('60');
  const [status, setStatus] = useState('');
  const load = useCallback(() => {
    void getJson<{ slots: VisitSlot[] }>('/api/v1/visit-slots').then((r) => {
      if (r.ok) setSlots(r.value.slots);
      else setError(r.error);
    });
  }, []);
  useEffect(load, [load]);
  const answer = (
    r: Awaited<ReturnType<typeof sendJson<{ slots: VisitSlot[] }>>>,
    done: string,
  ) => {
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setSlots(r.value.slots);
    setStatus(done);
  };
  return (
    <div className="portal-card">
      <h3>{t('homeVisits.freeTitle')}</h3>
      <p>{t('homeVisits.freeIntro')}</p>
      <ErrorMessage error={error} />
      {slots === null ? null : slots.length === 0 ? (
        <p>{t('homeVisits.noFree')}</p>
      ) : (
        <ul>
          {slots.map((slot) => (
            <li key={slot.id}>
              {momentInWords(slot.startsAt, i18n.language)} (
              {t('homeVisits.duration', { minutes: slot.minutes })})
              {slot.taken ? (
                ` — ${t('homeVisits.taken')}`
              ) : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    void sendJson<{ slots: VisitSlot[] }>(
                      'DELETE',
                      `/api/v1/visit-slots/${slot.id}`,
                    ).then((r) => {
                      answer(r, t('homeVisits.removed'));
                    });
                  }}
                >
                  {t('homeVisits.remove', {
                    moment: momentInWords(slot.startsAt, i18n.language),
                  })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const startsAt = brusselsInputToIso(when);
          if (startsAt === null) {
            setError({ code: 'visit_moment_missing', message: t('homeVisits.whenMissing') });
            return;
          }
          void sendJson<{ slots: VisitSlot[] }>('POST', '/api/v1/visit-slots', {
            slots: [{ startsAt, minutes: Number(minutes) }],
          }).then((r) => {
            answer(r, t('homeVisits.added'));
            if (r.ok) setWhen('');
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-when`}>{t('homeVisits.when')}</label>
          <input
            id={`${id}-when`}
            type="datetime-local"
            value={when}
            required
            onChange={(e) => {
              setWhen(e.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('homeVisits.minutes')}</label>
          <input
            id={`${id}-minutes`}
            type="number"
            min={15}
            max={240}
            step={15}
            value={minutes}
            required
            onChange={(e) => {
              setMinutes(e.target.value);
            }}
          />
        </div>
        <button type="submit">{t('homeVisits.add')}</button>
        <p role="status" className="status">
          {status}
        </p>
      </form>
    </div>
  );
}
