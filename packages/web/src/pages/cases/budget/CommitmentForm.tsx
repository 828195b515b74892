/**
 * Committing money to an action of the care plan, at a provider found on the social map: the
 * kind of help, the days it covers and the amount. A refusal names the rule and the figures.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { budgetCategories, formatEuro, parseEuro, type BudgetCategory } from '@omringd/core/budget';
import type { BudgetView } from '@omringd/core';
import { sendJson, type ApiError } from '../../../api.ts';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { ServicePicker } from '../parts/ServicePicker.tsx';
import { euroLocale } from './money.ts';
import type { PlanAction } from './useBudget.ts';

type Provider = { id: string; name: string; organization: string };

export function CommitmentForm(props: {
  caseId: string;
  actions: PlanAction[];
  onCommitted: (budget: BudgetView, announcement: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [actionId, setActionId] = useState('');
  const [provider, setProvider] = useState<Provider | null>(null);
  const [category, setCategory] = useState<BudgetCategory>('stay');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  if (props.actions.length === 0)
    return (
      <section aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>{t('budget.commit.heading')}</h2>
        <p>{t('budget.commit.noActions')}</p>
        <p>
          <Link to={`/dossiers/${props.caseId}/plan`}>{t('budget.commit.toPlan')}</Link>
        </p>
      </section>
    );

  const submit = async () => {
    const cents = parseEuro(amount);
    const problems: Record<string, string> = {};
    if (actionId === '') problems.action = t('budget.commit.needAction');
    if (provider === null) problems.provider = t('budget.commit.noProvider');
    if (cents === null || cents === 0) problems.amount = t('budget.commit.badAmount');
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0 || provider === null || cents === null) return;
    const answer = await sendJson<BudgetView>(
      'POST',
      `/api/v1/cases/${props.caseId}/budget/commitments`,
      { actionId, serviceId: provider.id, category, from, to, amountCents: cents, note },
    );
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setAmount('');
    setNote('');
    props.onCommitted(
      answer.value,
      t('budget.commit.done', {
        amount: formatEuro(cents, euroLocale(i18n.language)),
        category: t(`budget.categories.${category}`),
      }),
    );
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('budget.commit.heading')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('budget.commit.action')}</label>
          <select
            id={`${id}-action`}
            value={actionId}
            aria-invalid={fieldErrors.action === undefined ? undefined : true}
            aria-describedby={fieldErrors.action === undefined ? undefined : `${id}-action-error`}
            onChange={(e) => {
              setActionId(e.target.value);
            }}
          >
            <option value="">{t('budget.commit.chooseAction')}</option>
            {props.actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.what}
              </option>
            ))}
          </select>
          {fieldErrors.action === undefined ? null : (
            <p className="error" id={`${id}-action-error`}>
              {fieldErrors.action}
            </p>
          )}
        </div>
        <fieldset>
          <legend>{t('budget.commit.provider')}</legend>
          {provider === null ? null : (
            <p>
              {t('budget.commit.chosen', {
                name: provider.name,
                organization: provider.organization,
              })}
            </p>
          )}
          <ServicePicker
            onPick={(hit) => {
              setProvider({ id: hit.id, name: hit.name, organization: hit.organizationName });
            }}
          />
          {fieldErrors.provider === undefined ? null : (
            <p className="error">{fieldErrors.provider}</p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('budget.commit.category')}</label>
          <select
            id={`${id}-category`}
            value={category}
            onChange={(e) => {
              setCategory(e.target.value as BudgetCategory);
            }}
          >
            {budgetCategories.map((c) => (
              <option key={c} value={c}>
                {t(`budget.categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <DateInput
          id={`${id}-from`}
          label={t('budget.commit.from')}
          value={from}
          onChange={setFrom}
        />
        <DateInput id={`${id}-to`} label={t('budget.commit.to')} value={to} onChange={setTo} />
        <FormField
          id={`${id}-amount`}
          label={t('budget.commit.amount')}
          hint={t('budget.commit.amountHint')}
          error={fieldErrors.amount}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
          }}
        />
        <FormField
          id={`${id}-note`}
          label={t('budget.commit.note')}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
          }}
        />
        <ErrorMessage error={error} />
        <button type="submit">{t('budget.commit.submit')}</button>
      </form>
    </section>
  );
}
