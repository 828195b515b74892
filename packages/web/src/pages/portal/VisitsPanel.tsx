/**
 * Our appointments: the family sets the pace. It chooses how often the contact person visits
 * (within what the programme allows), picks one of the contact person's free moments or proposes
 * its own, says what it wants to talk about, and adds a confirmed visit to its calendar.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyVisits, HomeVisit, VisitRequest } from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { brusselsInputToIso, momentInWords } from './visitMoments.ts';

const OWN = 'own';

export function VisitsPanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const url = `/api/v1/portal/cases/${caseId}/home-visits`;
  const [visits, setVisits] = useState<FamilyVisits | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [choice, setChoice] = useState('');
  const [own, setOwn] = useState('');
  const [topics, setTopics] = useState('');
  const [weeks, setWeeks] = useState('');

  const load = useCallback(() => {
    void getJson<FamilyVisits>(url).then((r) => {
      if (!r.ok) {
        setError(r.error);
        return;
      }
      setVisits(r.value);
      setWeeks(r.value.rhythm.everyWeeks === null ? '' : String(r.value.rhythm.everyWeeks));
    });
  }, [url]);
  useEffect(load, [load]);

  if (visits === null)
    return (
      <section aria-labelledby={`${id}-title`} id="onze-afspraken">
        <h2 id={`${id}-title`}>{t('portal.visits.title')}</h2>
        <ErrorMessage error={error} />
      </section>
    );

  const contact = visits.contactName ?? t('portal.yourContact');
  const when = (instant: string) => momentInWords(instant, i18n.language);
  const { min, max } = visits.rhythm.allowed;
  const options = Array.from({ length: max - min + 1 }, (_, i) => min + i);

  const ask = () => {
    let body: VisitRequest;
    if (choice === OWN) {
      const startsAt = brusselsInputToIso(own);
      if (startsAt === null) {
        setError({ code: 'visit_moment_missing', message: t('portal.visits.chooseFirst') });
        return;
      }
      body = { kind: 'proposal', startsAt, topics };
    } else if (choice !== '') body = { kind: 'slot', slotId: choice, topics };
    else {
      setError({ code: 'visit_moment_missing', message: t('portal.visits.chooseFirst') });
      return;
    }
    void sendJson<FamilyVisits>('POST', url, body).then((r) => {
      if (!r.ok) {
        setError(r.error);
        if (r.error.reason === 'visit_slot_taken' || r.error.reason === 'no_such_slot') load();
        return;
      }
      setError(null);
      setVisits(r.value);
      setChoice('');
      setOwn('');
      setTopics('');
      setStatus(t('portal.visits.asked', { name: contact }));
    });
  };

  return (
    <section aria-labelledby={`${id}-title`} id="onze-afspraken">
      <h2 id={`${id}-title`}>{t('portal.visits.title')}</h2>
      <p>{t('portal.visits.intro', { name: contact })}</p>
      <ErrorMessage error={error} />
      <VisitList visits={visits.visits} contact={contact} caseId={caseId} when={when} />
      <form
        className="portal-card"
        onSubmit={(event) => {
          event.preventDefault();
          void sendJson<FamilyVisits>('PUT', `/api/v1/portal/cases/${caseId}/visit-rhythm`, {
            everyWeeks: Number(weeks),
          }).then((r) => {
            if (!r.ok) {
              setError(r.error);
              return;
            }
            setError(null);
            setVisits(r.value);
            setStatus(t('portal.visits.rhythmSaved'));
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-weeks`}>{t('portal.visits.rhythmLabel')}</label>
          <select
            id={`${id}-weeks`}
            value={weeks}
            required
            onChange={(e) => {
              setWeeks(e.target.value);
            }}
          >
            <option value="" disabled>
              {t('portal.visits.rhythmChoose')}
            </option>
            {options.map((n) => (
              <option key={n} value={String(n)}>
                {n === 1
                  ? t('portal.visits.everyWeek')
                  : t('portal.visits.everyWeeks', { weeks: n })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('portal.visits.rhythmSave')}</button>
      </form>
      <form
        className="portal-card"
        onSubmit={(event) => {
          event.preventDefault();
          ask();
        }}
      >
        <fieldset>
          <legend>{t('portal.visits.slotsTitle')}</legend>
          {visits.freeSlots.length === 0 ? (
            <p>{t('portal.visits.noSlots', { name: contact })}</p>
          ) : (
            <p>{t('portal.visits.slotsIntro', { name: contact })}</p>
          )}
          {visits.freeSlots.map((slot) => (
            <div className="choice" key={slot.id}>
              <input
                type="radio"
                id={`${id}-${slot.id}`}
                name={`${id}-moment`}
                value={slot.id}
                checked={choice === slot.id}
                onChange={() => {
                  setChoice(slot.id);
                }}
              />
              <label htmlFor={`${id}-${slot.id}`}>
                {when(slot.startsAt)} ({t('portal.meetingLength', { minutes: slot.minutes })})
              </label>
            </div>
          ))}
          <div className="choice">
            <input
              type="radio"
              id={`${id}-own`}
              name={`${id}-moment`}
              value={OWN}
              checked={choice === OWN}
              onChange={() => {
                setChoice(OWN);
              }}
            />
            <label htmlFor={`${id}-own`}>{t('portal.visits.ownMoment')}</label>
          </div>
          {choice === OWN ? (
            <div className="field">
              <label htmlFor={`${id}-own-at`}>{t('portal.visits.ownMomentLabel')}</label>
              <input
                id={`${id}-own-at`}
                type="datetime-local"
                value={own}
                required
                onChange={(e) => {
                  setOwn(e.target.value);
                }}
              />
            </div>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-topics`}>{t('portal.visits.topicsLabel')}</label>
          <textarea
            id={`${id}-topics`}
            value={topics}
            maxLength={1000}
            rows={3}
            onChange={(e) => {
              setTopics(e.target.value);
            }}
          />
        </div>
        <button type="submit" className="primary">
          {t('portal.visits.ask')}
        </button>
      </form>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}

type ListProps = {
  visits: HomeVisit[];
  contact: string;
  caseId: string;
  when: (instant: string) => string;
};

function VisitList({ visits, contact, caseId, when }: ListProps) {
  const { t } = useTranslation();
  if (visits.length === 0) return <p>{t('portal.visits.none')}</p>;
  return (
    <ul className="plain">
      {visits.map((visit) => (
        <li key={visit.id} className="portal-card">
          <p>
            <strong>{when(visit.startsAt)}</strong> — {t(`portal.visits.status.${visit.status}`)}
          </p>
          {visit.topics === '' ? null : (
            <p>{t('portal.visits.talkAbout', { topics: visit.topics })}</p>
          )}
          {visit.answer === '' ? null : (
            <p>{t('portal.visits.answerFrom', { name: contact, answer: visit.answer })}</p>
          )}
          {visit.status === 'confirmed' ? (
            <a
              className="button"
              href={`/api/v1/cases/${caseId}/home-visits/${visit.id}/calendar.ics`}
              download="huisbezoek.ics"
            >
              <span aria-hidden="true">📅</span> {t('portal.visits.calendar')}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
