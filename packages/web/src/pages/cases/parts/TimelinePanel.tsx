/**
 * One timeline of the case, newest first, filtered by kind: what people recorded (a home visit,
 * a phone call, a note — for the team, or also for the family) and what happened in the case.
 * A new entry is kept on this device while it is typed.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  noteVisibilities,
  recordedKinds,
  timelineKinds,
  type CaseTimeline,
  type NoteVisibility,
  type TimelineEntry,
  type TimelineKind,
} from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../../format.ts';
import { useKeptState } from './useKeptState.ts';
import { useCaseChanged } from './caseChanged.ts';

type Draft = {
  kind: (typeof recordedKinds)[number];
  when: string;
  text: string;
  visibility: NoteVisibility;
};

/** Now as the value of a datetime-local field, in this device's time zone. */
function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

export function TimelinePanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const base = `/api/v1/cases/${caseId}/timeline`;
  const [shown, setShown] = useState<readonly TimelineKind[]>(timelineKinds);
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [missing, setMissing] = useState(false);
  const [reload, setReload] = useState(0);
  useCaseChanged(
    caseId,
    useCallback(() => {
      setReload((n) => n + 1);
    }, []),
  );
  const blank = (): Draft => ({ kind: 'note', when: localNow(), text: '', visibility: 'team' });
  const [draft, setDraft, forget] = useKeptState<Draft>(
    `omringd:case:${caseId}:timeline:new`,
    blank,
  );

  useEffect(() => {
    const abort = new AbortController();
    const kinds = shown.length === timelineKinds.length ? '' : `?kinds=${shown.join(',')}`;
    if (shown.length === 0) return;
    void getJson<CaseTimeline>(`${base}${kinds}`, abort.signal).then((r) => {
      if (r.ok) setEntries(r.value.entries);
      else if (r.error.code !== 'aborted') setError(r.error);
    });
    return () => {
      abort.abort();
    };
  }, [base, shown, reload]);

  const what = (e: TimelineEntry) => {
    const d = e.details;
    switch (e.kind) {
      case 'referral':
        return t('caseParts.timeline.referralStep', {
          to: t(`referral.statuses.${String(d.to)}`, { defaultValue: String(d.to) }),
        });
      case 'score_recorded':
        return t('caseParts.timeline.scored', { name: String(d.scorer), score: String(d.score) });
      case 'break_glass':
        return t('caseParts.timeline.breakGlass');
      default:
        return t(`caseParts.timeline.kinds.${e.kind}`);
    }
  };
  return (
    <section aria-labelledby="timeline-heading" id="tijdlijn">
      <h2 id="timeline-heading">{t('caseParts.timeline.title')}</h2>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      <form
        className="panel"
        aria-labelledby={`${id}-new`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.text.trim() === '') {
            setMissing(true);
            document.getElementById(`${id}-text`)?.focus();
            return;
          }
          setMissing(false);
          void sendJson<TimelineEntry>('POST', base, {
            kind: draft.kind,
            occurredAt: new Date(draft.when).toISOString(),
            text: draft.text,
            visibility: draft.visibility,
          }).then((r) => {
            if (!r.ok) {
              setError(r.error);
              return;
            }
            setError(null);
            forget(blank());
            setStatus(t('caseParts.timeline.recorded'));
            setReload(reload + 1);
          });
        }}
      >
        <h3 id={`${id}-new`}>{t('caseParts.timeline.add')}</h3>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('caseParts.timeline.kind')}</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(e) => {
              setDraft({ ...draft, kind: e.target.value as Draft['kind'] });
            }}
          >
            {recordedKinds.map((k) => (
              <option key={k} value={k}>
                {t(`caseParts.timeline.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-when`}>{t('caseParts.timeline.when')}</label>
          <input
            id={`${id}-when`}
            type="datetime-local"
            value={draft.when}
            onChange={(e) => {
              setDraft({ ...draft, when: e.target.value });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('caseParts.timeline.text')}</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            maxLength={4000}
            value={draft.text}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${id}-text-error` : undefined}
            onChange={(e) => {
              setDraft({ ...draft, text: e.target.value });
            }}
          />
          {missing ? (
            <p className="error" id={`${id}-text-error`}>
              {t('caseParts.timeline.textMissing')}
            </p>
          ) : null}
        </div>
        <fieldset>
          <legend>{t('caseParts.timeline.visibility')}</legend>
          {noteVisibilities.map((v) => (
            <label key={v} className="choice">
              <input
                type="radio"
                name={`${id}-visibility`}
                value={v}
                checked={draft.visibility === v}
                onChange={() => {
                  setDraft({ ...draft, visibility: v });
                }}
              />{' '}
              {t(`caseParts.timeline.visibilities.${v}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary">
          {t('caseParts.timeline.save')}
        </button>
      </form>
      <fieldset className="timeline-filter">
        <legend>{t('caseParts.timeline.filter')}</legend>
        {timelineKinds.map((k) => (
          <label key={k} className="choice">
            <input
              type="checkbox"
              checked={shown.includes(k)}
              onChange={(e) => {
                setShown(e.target.checked ? [...shown, k] : shown.filter((x) => x !== k));
              }}
            />{' '}
            {t(`caseParts.timeline.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      {entries === null ? null : entries.length === 0 || shown.length === 0 ? (
        <p>{t('caseParts.timeline.none')}</p>
      ) : (
        <ol className="timeline" aria-label={t('caseParts.timeline.title')}>
          {entries.map((e) => (
            <li key={`${e.kind}-${e.id}`} className={`timeline-entry ${e.kind}`}>
              <p className="timeline-meta">
                <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, i18n.language)}</time>
                {' · '}
                <strong>{what(e)}</strong>
                {e.by === null ? '' : ` · ${e.by}`}
                {e.visibility === 'family'
                  ? ` · ${t('caseParts.timeline.visibilities.family')}`
                  : ''}
              </p>
              {e.text === '' ? null : <p className="timeline-text">{e.text}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
