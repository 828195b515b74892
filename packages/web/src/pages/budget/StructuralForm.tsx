/** Spending on the structural offer of a fund, at a provider of the social map. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetCategories, parseEuro, type BudgetCategory } from '@omringd/core/budget';
import type { FundView } from '@omringd/core';
import { sendJson, type ApiError } from '../../api.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import { provinceName } from '../../format.ts';
import { ServicePicker } from '../cases/parts/ServicePicker.tsx';
import { todayInBrussels } from '../cases/budget/money.ts';

export function StructuralForm(props: {
  funds: FundView[];
  nameOf: (programmeKey: string) => string;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [fundId, setFundId] = useState(props.funds[0]?.id ?? '');
  const [provider, setProvider] = useState<{ id: string; name: string } | null>(null);
  const [category, setCategory] = useState<BudgetCategory>('coaching');
  const [spentOn, setSpentOn] = useState(todayInBrussels());
  const [amount, setAmount] = useState('');
  const [bad, setBad] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    const cents = parseEuro(amount);
    const problems: Record<string, string> = {};
    if (cents === null || cents === 0) problems.amount = t('budget.commit.badAmount');
    if (provider === null) problems.provider = t('budget.commit.noProvider');
    setBad(problems);
    if (cents === null || provider === null || cents === 0) return;
    const answer = await sendJson('POST', `/api/v1/budget/funds/${fundId}/structural`, {
      serviceId: provider.id,
      category,
      spentOn,
      amountCents: cents,
    });
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setAmount('');
    props.onSaved();
  };
  return (
    <form
      noValidate
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-h`}>{t('budgetAdmin.funds.spendHeading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-fund`}>{t('budgetAdmin.funds.fund')}</label>
        <select
          id={`${id}-fund`}
          value={fundId}
          onChange={(e) => {
            setFundId(e.target.value);
          }}
        >
          {props.funds.map((f) => (
            <option key={f.id} value={f.id}>
              {props.nameOf(f.programmeKey)} — {provinceName(f.region, i18n.language)} {f.year}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('budget.commit.provider')}</legend>
        {provider === null ? null : <p>{provider.name}</p>}
        <ServicePicker
          onPick={(hit) => {
            setProvider({ id: hit.id, name: hit.name });
          }}
        />
        {bad.provider === undefined ? null : <p className="error">{bad.provider}</p>}
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
        id={`${id}-day`}
        label={t('budgetAdmin.funds.spentOn')}
        value={spentOn}
        onChange={setSpentOn}
      />
      <FormField
        id={`${id}-amount`}
        label={t('budget.commit.amount')}
        hint={t('budget.commit.amountHint')}
        error={bad.amount}
        inputMode="decimal"
        value={amount}
        onChange={(e) => {
          setAmount(e.target.value);
        }}
      />
      <ErrorMessage error={error} />
      <button type="submit">{t('budgetAdmin.funds.spendSubmit')}</button>
    </form>
  );
}
