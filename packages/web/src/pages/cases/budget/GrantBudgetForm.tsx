/** Giving the case its budget: the programme, the first day, the maximum and why it is needed. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro, parseEuro } from '@omringd/core/budget';
import type { BudgetOptions, BudgetView } from '@omringd/core';
import { sendJson, type ApiError } from '../../../api.ts';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { euroLocale, todayInBrussels } from './money.ts';

type Programme = BudgetOptions['programmes'][number];

export function GrantBudgetForm(props: {
  caseId: string;
  programmes: Programme[];
  onGranted: (budget: BudgetView) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const locale = euroLocale(i18n.language);
  const [key, setKey] = useState(props.programmes[0]?.key ?? '');
  const programme = props.programmes.find((p) => p.key === key) ?? props.programmes[0];
  const [startsOn, setStartsOn] = useState(todayInBrussels());
  const [maximum, setMaximum] = useState('');
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [amountError, setAmountError] = useState<string | undefined>(undefined);
  if (programme === undefined) return null;
  const max = formatEuro(programme.maximumCents, locale);

  const submit = async () => {
    const cents = maximum.trim() === '' ? undefined : parseEuro(maximum);
    if (cents === null) {
      setAmountError(t('budget.commit.badAmount'));
      return;
    }
    setAmountError(undefined);
    const answer = await sendJson<BudgetView>('POST', `/api/v1/cases/${props.caseId}/budget`, {
      programmeKey: programme.key,
      startsOn,
      justification,
      ...(cents === undefined ? {} : { maximumCents: cents }),
    });
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    props.onGranted(answer.value);
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('budget.grant.heading')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {props.programmes.length > 1 ? (
          <div className="field">
            <label htmlFor={`${id}-programme`}>{t('budget.grant.programme')}</label>
            <select
              id={`${id}-programme`}
              value={programme.key}
              onChange={(e) => {
                setKey(e.target.value);
              }}
            >
              {props.programmes.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name[lang]}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p>
            <strong>{programme.name[lang]}</strong>
          </p>
        )}
        <p className="hint">
          {t('budget.grant.rules', {
            months: programme.periodMonths,
            max,
            percent: programme.residentialPercent,
          })}
        </p>
        <DateInput
          id={`${id}-start`}
          label={t('budget.grant.startsOn')}
          value={startsOn}
          onChange={setStartsOn}
        />
        <FormField
          id={`${id}-max`}
          label={t('budget.grant.maximum')}
          hint={t('budget.grant.maximumHint', { max })}
          error={amountError}
          inputMode="decimal"
          placeholder={max}
          value={maximum}
          onChange={(e) => {
            setMaximum(e.target.value);
          }}
        />
        <div className="field">
          <label htmlFor={`${id}-why`}>{t('budget.grant.justification')}</label>
          <p className="hint" id={`${id}-why-hint`}>
            {t('budget.grant.justificationHint')}
          </p>
          <textarea
            id={`${id}-why`}
            aria-describedby={`${id}-why-hint`}
            required
            minLength={10}
            rows={3}
            value={justification}
            onChange={(e) => {
              setJustification(e.target.value);
            }}
          />
        </div>
        <ErrorMessage error={error} />
        <button type="submit">{t('budget.grant.submit')}</button>
      </form>
    </section>
  );
}
