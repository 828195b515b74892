/**
 * How the programme's care plans are evaluated (every so many weeks, with a reminder before and
 * an escalation after) and how long a closed case's file is kept.
 */
import { useTranslation } from 'react-i18next';
import type { Programme } from '@omringd/core/programme';

type Rules = Programme['carePlan'];
type Props = {
  carePlan: Rules;
  onChange: (carePlan: Rules) => void;
  errorAt: (path: string) => string | undefined;
};

const evaluationFields = [
  ['everyWeeks', 'evaluation-weeks', 'carePlan.evaluation.everyWeeks', 1],
  ['remindDaysBefore', 'evaluation-remind', 'carePlan.evaluation.remindDaysBefore', 0],
  ['escalateDaysAfter', 'evaluation-escalate', 'carePlan.evaluation.escalateDaysAfter', 0],
] as const;

function NumberField(props: {
  id: string;
  label: string;
  value: number;
  min: number;
  problem: string | undefined;
  onChange: (value: number) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        min={props.min}
        value={props.value}
        aria-invalid={props.problem === undefined ? undefined : true}
        aria-describedby={props.problem === undefined ? undefined : `${props.id}-error`}
        onChange={(e) => {
          props.onChange(Number(e.target.value));
        }}
      />
      {props.problem === undefined ? null : (
        <p className="error" id={`${props.id}-error`}>
          {props.problem}
        </p>
      )}
    </div>
  );
}

export function CarePlanRulesEditor({ carePlan, onChange, errorAt }: Props) {
  const { t } = useTranslation();
  const evaluation = carePlan?.evaluation;
  const retention = carePlan?.retention;
  return (
    <fieldset>
      <legend>{t('programmeEditor.carePlan.legend')}</legend>
      <label className="facet-option">
        <input
          type="checkbox"
          checked={evaluation !== undefined}
          onChange={(e) => {
            onChange({
              ...carePlan,
              evaluation: e.target.checked
                ? { everyWeeks: 6, remindDaysBefore: 3, escalateDaysAfter: 3 }
                : undefined,
            });
          }}
        />{' '}
        {t('programmeEditor.carePlan.hasEvaluation')}
      </label>
      {evaluation === undefined
        ? null
        : evaluationFields.map(([name, id, path, min]) => (
            <NumberField
              key={id}
              id={id}
              label={t(`programmeEditor.carePlan.${name}`)}
              value={evaluation[name]}
              min={min}
              problem={errorAt(path)}
              onChange={(value) => {
                onChange({ ...carePlan, evaluation: { ...evaluation, [name]: value } });
              }}
            />
          ))}
      <NumberField
        id="retention-years"
        label={t('programmeEditor.carePlan.retentionYears')}
        value={retention?.years ?? 10}
        min={1}
        problem={errorAt('carePlan.retention.years')}
        onChange={(years) => {
          onChange({ ...carePlan, retention: { years } });
        }}
      />
    </fieldset>
  );
}
