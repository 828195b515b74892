/**
 * Service levels as data: what must happen, from which moment, within how long. Elapsed hours
 * run day and night; calendar days and months count in Brussels.
 */
import { useTranslation } from 'react-i18next';
import { outcomeOf, serviceLevelOutcomes, type ServiceLevel } from '@omringd/core/programme';
import { codeFrom } from './codeFrom.ts';

type Props = {
  levels: ServiceLevel[];
  savedIds: string[];
  onChange: (levels: ServiceLevel[]) => void;
  errorAt: (path: string) => string | undefined;
};

const events = ['referral_sent', 'referral_accepted', 'parents_agreed_care_table'] as const;
const kinds = ['elapsed_hours', 'calendar_days', 'calendar_months'] as const;
type Kind = (typeof kinds)[number];

function amountOf(within: ServiceLevel['within']): number {
  switch (within.kind) {
    case 'elapsed_hours':
      return within.hours;
    case 'calendar_days':
      return within.days;
    case 'calendar_months':
      return within.months;
  }
}

function within(kind: Kind, amount: number): ServiceLevel['within'] {
  switch (kind) {
    case 'elapsed_hours':
      return { kind, hours: amount };
    case 'calendar_days':
      return { kind, days: amount };
    case 'calendar_months':
      return { kind, months: amount };
  }
}

const amountField: Record<Kind, string> = {
  elapsed_hours: 'hours',
  calendar_days: 'days',
  calendar_months: 'months',
};

export function ServiceLevelsEditor({ levels, savedIds, onChange, errorAt }: Props) {
  const { t } = useTranslation();
  const update = (index: number, next: ServiceLevel) => {
    onChange(levels.map((level, i) => (i === index ? next : level)));
  };
  const problem = (id: string, path: string) => {
    const message = errorAt(path);
    return message === undefined ? null : (
      <p className="error" id={`${id}-error`}>
        {message}
      </p>
    );
  };
  return (
    <fieldset className="criteria-editor">
      <legend>{t('programmeEditor.serviceLevels')}</legend>
      {levels.map((level, index) => {
        const row = String(index);
        const prefix = `level-${row}`;
        return (
          <div key={index} className="criterion">
            {(['nl', 'en'] as const).map((language) => (
              <div className="field" key={language}>
                <label htmlFor={`${prefix}-label-${language}`}>
                  {t('programmeEditor.levelLabel', {
                    row: index + 1,
                    language: t(`programmeEditor.languages.${language}`),
                  })}
                </label>
                <input
                  id={`${prefix}-label-${language}`}
                  value={level.label[language]}
                  aria-invalid={
                    errorAt(`serviceLevels.${row}.label.${language}`) ? true : undefined
                  }
                  onChange={(e) => {
                    const label = { ...level.label, [language]: e.target.value };
                    update(index, {
                      ...level,
                      label,
                      id: savedIds.includes(level.id)
                        ? level.id
                        : codeFrom(
                            label.nl,
                            levels.filter((_, i) => i !== index).map((l) => l.id),
                          ),
                    });
                  }}
                />
                {problem(`${prefix}-label-${language}`, `serviceLevels.${row}.label.${language}`)}
              </div>
            ))}
            <div className="field">
              <label htmlFor={`${prefix}-from`}>
                {t('programmeEditor.levelFrom', { row: index + 1 })}
              </label>
              <select
                id={`${prefix}-from`}
                value={level.from}
                onChange={(e) => {
                  const from = events.find((x) => x === e.target.value) ?? level.from;
                  update(index, { ...level, from });
                }}
              >
                {events.map((event) => (
                  <option key={event} value={event}>
                    {t(`programmeEditor.events.${event}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${prefix}-met-by`}>
                {t('programmeEditor.levelMetBy', { row: index + 1 })}
              </label>
              <select
                id={`${prefix}-met-by`}
                value={outcomeOf(level)}
                onChange={(e) => {
                  const metBy =
                    serviceLevelOutcomes.find((x) => x === e.target.value) ?? outcomeOf(level);
                  update(index, { ...level, metBy });
                }}
              >
                {serviceLevelOutcomes.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {t(`programmeEditor.outcomes.${outcome}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field inline-fields">
              <label htmlFor={`${prefix}-amount`}>
                {t('programmeEditor.levelWithin', { row: index + 1 })}
              </label>
              <input
                id={`${prefix}-amount`}
                type="number"
                inputMode="numeric"
                min={1}
                value={amountOf(level.within)}
                aria-invalid={
                  errorAt(`serviceLevels.${row}.within.${amountField[level.within.kind]}`)
                    ? true
                    : undefined
                }
                aria-describedby={
                  errorAt(`serviceLevels.${row}.within.${amountField[level.within.kind]}`)
                    ? `${prefix}-amount-error`
                    : undefined
                }
                onChange={(e) => {
                  update(index, {
                    ...level,
                    within: within(level.within.kind, Number(e.target.value)),
                  });
                }}
              />{' '}
              <select
                aria-label={t('programmeEditor.levelUnit', { row: index + 1 })}
                value={level.within.kind}
                onChange={(e) => {
                  const kind = kinds.find((k) => k === e.target.value) ?? level.within.kind;
                  update(index, { ...level, within: within(kind, amountOf(level.within)) });
                }}
              >
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`programmeEditor.units.${kind}`)}
                  </option>
                ))}
              </select>
              {problem(
                `${prefix}-amount`,
                `serviceLevels.${row}.within.${amountField[level.within.kind]}`,
              )}
            </div>
            <button
              className="danger"
              type="button"
              onClick={() => {
                onChange(levels.filter((_, i) => i !== index));
              }}
            >
              {t('programmeEditor.removeLevel', { row: index + 1 })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          onChange([
            ...levels,
            {
              id: `nieuw-${String(levels.length + 1)}`,
              label: { nl: '', en: '' },
              from: 'referral_sent',
              within: { kind: 'elapsed_hours', hours: 24 },
            },
          ]);
        }}
      >
        {t('programmeEditor.addLevel')}
      </button>
    </fieldset>
  );
}
