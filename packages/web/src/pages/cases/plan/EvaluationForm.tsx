/**
 * The evaluation, with the family: progress per goal, the 0–10 score of each participant (each
 * kept as their own score), what changes — and the plan as it stands in the draft above becomes
 * the next version.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalProgress, type GoalProgress, type PlanContent, type ScorerInput } from '@omringd/core';
import { DateInput } from '../../../components/DateInput.tsx';
import type { PlanContext } from './usePlanContext.ts';

type ScoreRow = { key: string; scorer: ScorerInput; label: string; score: string; note: string };

export function EvaluationForm(props: {
  content: PlanContent;
  context: PlanContext;
  today: string;
  /** The version the evaluation makes. */
  nextNumber: number;
  onEvaluate: (evaluation: Record<string, unknown>) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [heldOn, setHeldOn] = useState(props.today);
  const [progress, setProgress] = useState<
    Record<string, { progress: GoalProgress; note: string }>
  >({});
  const [changes, setChanges] = useState('');
  const scorers: Omit<ScoreRow, 'score' | 'note'>[] = [
    { key: 'self', scorer: { kind: 'self' }, label: t('plan.scoreSelf') },
    ...props.context.members.map((m) => ({
      key: `member:${m.id}`,
      scorer: { kind: 'family_member' as const, memberId: m.id },
      label: m.name,
    })),
    ...props.context.people.map((p) => ({
      key: `network:${p.id}`,
      scorer: { kind: 'network_person' as const, personId: p.id },
      label: `${p.name} (${p.relation})`,
    })),
  ];
  const [scores, setScores] = useState<Record<string, { score: string; note: string }>>({});
  const submit = async () => {
    const given = scorers.flatMap((s) => {
      const entry = scores[s.key];
      if (entry === undefined || entry.score === '') return [];
      return [{ scorer: s.scorer, score: Number(entry.score), note: entry.note }];
    });
    const ok = await props.onEvaluate({
      heldOn,
      progress: Object.entries(progress).map(([goalId, p]) => ({ goalId, ...p })),
      scores: given,
      changes,
    });
    if (ok) {
      setProgress({});
      setScores({});
      setChanges('');
    }
  };
  return (
    <form
      className="plan-evaluation"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-heading`}>{t('plan.evaluationTitle')}</h2>
      <p className="hint">{t('plan.evaluationHint')}</p>
      <DateInput id={`${id}-held`} label={t('plan.heldOn')} value={heldOn} onChange={setHeldOn} />
      {props.content.goals.map((g, i) => (
        <fieldset key={g.id}>
          <legend>{t('plan.progressOf', { number: i + 1, text: g.text })}</legend>
          <div className="choices">
            {goalProgress.map((p) => (
              <label key={p} className="choice">
                <input
                  type="radio"
                  name={`${id}-progress-${g.id}`}
                  checked={progress[g.id]?.progress === p}
                  onChange={() => {
                    setProgress({
                      ...progress,
                      [g.id]: { progress: p, note: progress[g.id]?.note ?? '' },
                    });
                  }}
                />{' '}
                {t(`plan.progress.${p}`)}
              </label>
            ))}
          </div>
          <div className="field">
            <label htmlFor={`${id}-note-${g.id}`}>{t('plan.progressNote')}</label>
            <input
              id={`${id}-note-${g.id}`}
              value={progress[g.id]?.note ?? ''}
              disabled={progress[g.id] === undefined}
              onChange={(e) => {
                const current = progress[g.id];
                if (current !== undefined)
                  setProgress({ ...progress, [g.id]: { ...current, note: e.target.value } });
              }}
            />
          </div>
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('plan.scoresLegend')}</legend>
        <p className="hint">{t('plan.scoresHint')}</p>
        {scorers.map((s) => (
          <div key={s.key} className="field score-row">
            <label htmlFor={`${id}-score-${s.key}`}>{t('plan.scoreOf', { name: s.label })}</label>
            <input
              id={`${id}-score-${s.key}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              value={scores[s.key]?.score ?? ''}
              onChange={(e) => {
                setScores({
                  ...scores,
                  [s.key]: { score: e.target.value, note: scores[s.key]?.note ?? '' },
                });
              }}
            />
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-changes`}>{t('plan.whatChanges')}</label>
        <textarea
          id={`${id}-changes`}
          rows={3}
          value={changes}
          onChange={(e) => {
            setChanges(e.target.value);
          }}
        />
      </div>
      <button type="submit" className="primary">
        {t('plan.evaluate', { number: props.nextNumber })}
      </button>
    </form>
  );
}
