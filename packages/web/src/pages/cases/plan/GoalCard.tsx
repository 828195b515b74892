/**
 * One goal of the plan with its actions: the goal in the family's words where they wrote it
 * (shown as theirs, not editable here), the worries it answers, its life domains, the family's
 * priority, who sees it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { familyPriorities, type Goal, type PlanAction } from '@omringd/core';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { newId } from '../parts/newId.ts';
import { ActionFields } from './ActionFields.tsx';
import { VisibilityFields } from './VisibilityFields.tsx';
import type { PlanContext } from './usePlanContext.ts';

const toggle = <T,>(list: T[], value: T, on: boolean) =>
  on ? [...list, value] : list.filter((x) => x !== value);

export function GoalCard(props: {
  goal: Goal;
  number: number;
  actions: PlanAction[];
  context: PlanContext;
  onChange: (goal: Goal) => void;
  onRemove: () => void;
  onActions: (actions: PlanAction[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { goal, context } = props;
  const set = (change: Partial<Goal>) => {
    props.onChange({ ...goal, ...change });
  };
  const family = goal.author === 'family';
  return (
    <li className="plan-goal">
      <h3 id={`${id}-title`}>
        {t('plan.goalNumber', { number: props.number })}
        {family ? <span className="family-words"> — {t('caseParts.writtenByFamily')}</span> : null}
        {goal.fromDecision === null ? null : (
          <span className="from-decision"> — {t('plan.fromDecision')}</span>
        )}
      </h3>
      {family ? (
        <blockquote>{goal.text}</blockquote>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('plan.goalText')}</label>
          <textarea
            id={`${id}-text`}
            rows={2}
            value={goal.text}
            onChange={(e) => {
              set({ text: e.target.value });
            }}
          />
        </div>
      )}
      {context.worries.length === 0 ? null : (
        <fieldset>
          <legend>{t('plan.concerns')}</legend>
          {context.worries.map((w) => (
            <label key={w.ref} className="choice">
              <input
                type="checkbox"
                checked={goal.concerns.includes(w.ref)}
                onChange={(e) => {
                  set({ concerns: toggle(goal.concerns, w.ref, e.target.checked) });
                }}
              />{' '}
              {w.text}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="plan-domains">
        <legend>{t('plan.domains')}</legend>
        {context.domains.map((d) => (
          <label key={d} className="choice">
            <input
              type="checkbox"
              checked={goal.domains.includes(d)}
              onChange={(e) => {
                set({ domains: toggle(goal.domains, d, e.target.checked) });
              }}
            />{' '}
            {t(`caseParts.domains.names.${d}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-priority`}>{t('plan.priority')}</label>
        <select
          id={`${id}-priority`}
          value={goal.priority}
          onChange={(e) => {
            set({ priority: e.target.value as Goal['priority'] });
          }}
        >
          {familyPriorities.map((p) => (
            <option key={p} value={p}>
              {t(`caseParts.domains.priority.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <VisibilityFields
        item={goal}
        adults={context.adults}
        onChange={(v) => {
          set(v);
        }}
      />
      <h4>{t('plan.actions')}</h4>
      {props.actions.length === 0 ? <p>{t('plan.noActions')}</p> : null}
      {props.actions.map((a) => (
        <ActionFields
          key={a.id}
          action={a}
          context={context}
          onChange={(next) => {
            props.onActions(props.actions.map((x) => (x.id === a.id ? next : x)));
          }}
          onRemove={() => {
            props.onActions(props.actions.filter((x) => x.id !== a.id));
          }}
        />
      ))}
      <p className="actions">
        <button
          type="button"
          onClick={() => {
            props.onActions([
              ...props.actions,
              {
                id: newId('a'),
                goalId: goal.id,
                what: '',
                who: { kind: 'family' },
                by: null,
                done: false,
                teamOnly: false,
                hiddenFrom: [],
              },
            ]);
          }}
        >
          {t('plan.addAction')}
        </button>
        {family ? null : (
          <ConfirmButton
            question={t('plan.removeGoalQuestion')}
            confirmLabel={t('plan.removeGoal')}
            onConfirm={props.onRemove}
          >
            {t('plan.removeGoal')}
          </ConfirmButton>
        )}
      </p>
    </li>
  );
}
