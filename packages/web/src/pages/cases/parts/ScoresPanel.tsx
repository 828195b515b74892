/**
 * The 0–10 scale: "how safe is the child now?", scored by each participant separately — the
 * coordinator as themselves, a parent or a network person under their own name. Every score is
 * kept; the trend shows one line per person, and a table says the same in words.
 */
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  seriesPerScorer,
  type CaseFamily,
  type CaseNetwork,
  type CaseScores,
  type ScoreView,
  type ScorerInput,
} from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../../format.ts';
import { announceCaseChanged } from './caseChanged.ts';

const TrendChart = lazy(() => import('./TrendChart.tsx'));

type Option = { value: string; label: string; scorer: ScorerInput };

export function ScoresPanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const base = `/api/v1/cases/${caseId}`;
  const [scores, setScores] = useState<ScoreView[] | null>(null);
  const [options, setOptions] = useState<Option[]>([]);
  const [who, setWho] = useState('self');
  const [score, setScore] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const abort = new AbortController();
    void Promise.all([
      getJson<CaseScores>(`${base}/scores`, abort.signal),
      getJson<CaseFamily>(`${base}/family`, abort.signal),
      getJson<CaseNetwork>(`${base}/network`, abort.signal),
    ]).then(([s, f, n]) => {
      if (!s.ok) {
        if (s.error.code !== 'aborted') setError(s.error);
        return;
      }
      setScores(s.value.scores);
      const members = f.ok ? f.value.family.members : [];
      const people = n.ok ? n.value.content.people : [];
      setOptions([
        { value: 'self', label: t('caseParts.scores.me'), scorer: { kind: 'self' } },
        ...members.flatMap((m): Option[] =>
          m.kind === 'unborn' || m.name === ''
            ? []
            : [
                {
                  value: `member:${m.id}`,
                  label: m.name,
                  scorer: { kind: 'family_member', memberId: m.id },
                },
              ],
        ),
        ...people.map((p): Option => ({
          value: `network:${p.id}`,
          label: `${p.name} (${p.relation || t(`caseParts.network.tie.${p.tie}`)})`,
          scorer: { kind: 'network_person', personId: p.id },
        })),
      ]);
    });
    return () => {
      abort.abort();
    };
  }, [base, t]);

  const series = seriesPerScorer(scores ?? []);
  return (
    <section aria-labelledby="scores-heading" id="schaal">
      <h2 id="scores-heading">{t('caseParts.scores.title')}</h2>
      <p>{t('caseParts.scores.question')}</p>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      <form
        className="panel"
        noValidate
        aria-labelledby={`${id}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          const option = options.find((o) => o.value === who);
          if (score === '' || option === undefined) {
            setMissing(true);
            document.getElementById(`${id}-score`)?.focus();
            return;
          }
          setMissing(false);
          void sendJson<ScoreView>('POST', `${base}/scores`, {
            score: Number(score),
            scorer: option.scorer,
            note,
          }).then((r) => {
            if (!r.ok) {
              setError(r.error);
              return;
            }
            setError(null);
            setScores([...(scores ?? []), r.value]);
            announceCaseChanged(caseId);
            setScore('');
            setNote('');
            setStatus(
              t('caseParts.scores.recorded', { name: r.value.scorerName, score: r.value.score }),
            );
          });
        }}
      >
        <h3 id={`${id}-form`}>{t('caseParts.scores.add')}</h3>
        <div className="field">
          <label htmlFor={`${id}-who`}>{t('caseParts.scores.who')}</label>
          <select
            id={`${id}-who`}
            value={who}
            onChange={(e) => {
              setWho(e.target.value);
            }}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-score`}>{t('caseParts.scores.score')}</label>
          <p className="hint" id={`${id}-score-hint`}>
            {t('caseParts.scores.scoreHint')}
          </p>
          <select
            id={`${id}-score`}
            value={score}
            aria-invalid={missing ? true : undefined}
            aria-describedby={`${id}-score-hint${missing ? ` ${id}-score-error` : ''}`}
            onChange={(e) => {
              setScore(e.target.value);
            }}
          >
            <option value="">{t('caseParts.scores.choose')}</option>
            {Array.from({ length: 11 }, (_, n) => (
              <option key={n} value={String(n)}>
                {String(n)}
              </option>
            ))}
          </select>
          {missing ? (
            <p className="error" id={`${id}-score-error`}>
              {t('caseParts.scores.scoreMissing')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('caseParts.scores.note')}</label>
          <input
            id={`${id}-note`}
            maxLength={500}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
            }}
          />
        </div>
        <button type="submit" className="primary">
          {t('caseParts.scores.save')}
        </button>
      </form>
      {scores === null || scores.length === 0 ? (
        <p>{t('caseParts.scores.none')}</p>
      ) : (
        <>
          <Suspense fallback={<p>{t('account.loading')}</p>}>
            <TrendChart series={series} />
          </Suspense>
          <table className="scores-table">
            <caption>{t('caseParts.scores.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseParts.scores.who')}</th>
                <th scope="col">{t('caseParts.scores.scores')}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.scorerKey}>
                  <th scope="row">
                    {s.scores[0]?.scorerName}
                    <span className="hint">
                      {' '}
                      — {t(`caseParts.scores.kinds.${s.scores[0]?.scorerKind ?? 'professional'}`)}
                    </span>
                  </th>
                  <td>
                    <ol className="score-list">
                      {s.scores.map((x) => (
                        <li key={x.id}>
                          <strong>{x.score}</strong> {formatDateTime(x.scoredAt, i18n.language)}
                          {x.note === '' ? '' : ` — “${x.note}”`}
                          {x.scorerKind === 'professional' || x.recordedBy === null
                            ? ''
                            : ` (${t('caseParts.scores.recordedBy', { name: x.recordedBy })})`}
                        </li>
                      ))}
                    </ol>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
