/**
 * The care plan of a case, the page the coordinator works in: the route the family is on and the
 * next evaluation at a glance, the goals with their actions, Plan A/B/C, the evaluation, and every
 * version with a comparison of any two.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { brusselsDate, type CaseView, type Goal } from '@omringd/core';
import { getJson } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { DateInput } from '../../../components/DateInput.tsx';
import { formatDate } from '../../../format.ts';
import { newId } from '../parts/newId.ts';
import { usePlan } from './usePlan.ts';
import { usePlanContext } from './usePlanContext.ts';
import { GoalCard } from './GoalCard.tsx';
import { RoutesPanel } from './RoutesPanel.tsx';
import { EvaluationForm } from './EvaluationForm.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';
import { StaleDraft } from './StaleDraft.tsx';
import { ClosingPanel } from './ClosingPanel.tsx';
import { ClosedPlan } from './ClosedPlan.tsx';

export function CarePlanPage() {
  const { t, i18n } = useTranslation();
  const { id: caseId = '' } = useParams();
  const id = useId();
  const state = usePlan(caseId);
  const context = usePlanContext(caseId);
  const [file, setFile] = useState<CaseView | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    const abort = new AbortController();
    void getJson<CaseView>(`/api/v1/cases/${caseId}`, abort.signal).then((r) => {
      if (r.ok) setFile(r.value);
    });
    return () => {
      abort.abort();
    };
  }, [caseId]);
  const { plan, draft } = state;
  if (plan === null)
    return state.error === null ? (
      <p role="status">{t('account.loading')}</p>
    ) : (
      <ErrorMessage error={state.error} />
    );
  const closed = file?.status === 'closed';
  const content = draft.content;
  const active = plan.current?.content.active ?? 'A';
  const next = plan.nextEvaluation;
  const addGoal = () => {
    const goal: Goal = {
      id: newId('g'),
      text: '',
      author: 'professional',
      domains: [],
      concerns: [],
      priority: 'unknown',
      fromDecision: null,
      teamOnly: false,
      hiddenFrom: [],
    };
    state.edit({ ...content, goals: [...content.goals, goal] });
  };
  return (
    <div className="care-plan">
      <h1>{t('plan.title', { family: file?.familyLabel ?? '' })}</h1>
      <p>
        <Link to={`/dossiers/${caseId}`}>{t('plan.backToFile')}</Link>
      </p>
      <section aria-labelledby={`${id}-glance`} className="plan-glance">
        <h2 id={`${id}-glance`} className="visually-hidden">
          {t('plan.atAGlance')}
        </h2>
        <p className="active-route">
          <strong>{t('plan.activeRoute', { route: active })}</strong>{' '}
          {plan.current?.content.routes[active].summary ?? ''}
        </p>
        <p>
          {plan.current === null
            ? t('plan.noPlanYet')
            : t('plan.versionNow', { number: plan.current.number })}{' '}
          {next === null
            ? plan.everyWeeks === null
              ? t('plan.noCadence')
              : ''
            : t(next.basis === 'sooner' ? 'plan.nextEvaluationSooner' : 'plan.nextEvaluation', {
                date: formatDate(next.dueOn, i18n.language),
                weeks: plan.everyWeeks ?? 0,
              })}
        </p>
        {plan.current === null ? null : (
          <p>
            <a href={`/api/v1/cases/${caseId}/plan/family-plan.pdf`} download>
              {t('plan.printFamilyPlan')}
            </a>
          </p>
        )}
      </section>
      <ErrorMessage error={state.error} />
      <p role="status" className="saved-status">
        {state.status}
      </p>
      {closed ? (
        <ClosedPlan content={plan.current?.content ?? content} />
      ) : (
        <>
          {state.stale ? <StaleDraft state={state} /> : null}
          <section aria-labelledby={`${id}-goals`}>
            <h2 id={`${id}-goals`}>{t('plan.goalsTitle')}</h2>
            {content.goals.length === 0 ? <p>{t('plan.noGoals')}</p> : null}
            <ol className="plain plan-goals">
              {content.goals.map((g, i) => (
                <GoalCard
                  key={g.id}
                  goal={g}
                  number={i + 1}
                  actions={content.actions.filter((a) => a.goalId === g.id)}
                  context={context}
                  onChange={(goal) => {
                    state.edit({
                      ...content,
                      goals: content.goals.map((x) => (x.id === g.id ? goal : x)),
                    });
                  }}
                  onRemove={() => {
                    state.edit({
                      ...content,
                      goals: content.goals.filter((x) => x.id !== g.id),
                      actions: content.actions.filter((a) => a.goalId !== g.id),
                    });
                  }}
                  onActions={(actions) => {
                    state.edit({
                      ...content,
                      actions: [...content.actions.filter((a) => a.goalId !== g.id), ...actions],
                    });
                  }}
                />
              ))}
            </ol>
            <button type="button" onClick={addGoal}>
              {t('plan.addGoal')}
            </button>
          </section>
          <RoutesPanel
            content={content}
            active={active}
            saved={plan.current !== null}
            onChange={(routes) => {
              state.edit({ ...content, routes });
            }}
            onSwitch={(to, reason) => state.switchTo(to, reason, t('plan.switched', { route: to }))}
          />
          <form
            className="plan-save"
            onSubmit={(event) => {
              event.preventDefault();
              void state.save(note, t('plan.saved', { number: draft.base + 1 })).then((ok) => {
                if (ok) setNote('');
              });
            }}
          >
            <DateInput
              id={`${id}-sooner`}
              label={t('plan.evaluateBy')}
              hint={t('plan.evaluateByHint')}
              value={content.evaluateBy ?? ''}
              onChange={(date) => {
                state.edit({ ...content, evaluateBy: date === '' ? null : date });
              }}
            />
            <div className="field">
              <label htmlFor={`${id}-note`}>{t('plan.saveNote')}</label>
              <input
                id={`${id}-note`}
                value={note}
                onChange={(e) => {
                  setNote(e.target.value);
                }}
              />
            </div>
            <button
              type="submit"
              className="primary"
              disabled={!draft.dirty && plan.current !== null}
            >
              {t('plan.save', { number: draft.base + 1 })}
            </button>
          </form>
          {plan.current === null ? null : (
            <EvaluationForm
              content={content}
              context={context}
              today={brusselsDate(new Date())}
              nextNumber={draft.base + 1}
              onEvaluate={(evaluation) =>
                state.evaluate(evaluation, t('plan.evaluated', { number: draft.base + 1 }))
              }
            />
          )}
        </>
      )}
      {plan.versions.length === 0 ? null : (
        <VersionsPanel key={plan.versions[0]?.number} caseId={caseId} plan={plan} />
      )}
      {file === null ? null : (
        <ClosingPanel
          caseId={caseId}
          version={plan.current?.number ?? 0}
          goals={plan.current?.content.goals ?? []}
          closed={file.status === 'closed'}
          onClosed={() => {
            setFile({ ...file, status: 'closed' });
          }}
        />
      )}
    </div>
  );
}
