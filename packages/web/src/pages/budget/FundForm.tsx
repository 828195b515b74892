/** Entering a programme's fund for a region and year: the backpack half and the structural half. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseEuro } from '@omringd/core/budget';
import type { Programme } from '@omringd/core';
import { sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import { provinceName } from '../../format.ts';

export function FundForm(props: { programmes: Programme[]; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [key, setKey] = useState(props.programmes[0]?.key ?? '');
  const programme = props.programmes.find((p) => p.key === key) ?? props.programmes[0];
  const [region, setRegion] = useState(programme?.region.provinces[0] ?? '');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [backpack, setBackpack] = useState('');
  const [structural, setStructural] = useState('');
  const [bad, setBad] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  if (programme === undefined) return null;
  const submit = async () => {
    const backpackCents = parseEuro(backpack);
    const structuralCents = parseEuro(structural);
    const problems: Record<string, string> = {};
    if (backpackCents === null) problems.backpack = t('budget.commit.badAmount');
    if (structuralCents === null) problems.structural = t('budget.commit.badAmount');
    setBad(problems);
    if (backpackCents === null || structuralCents === null) return;
    const answer = await sendJson('POST', '/api/v1/budget/funds', {
      programmeKey: programme.key,
      region,
      year: Number(year),
      backpackCents,
      structuralCents,
    });
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setBackpack('');
    setStructural('');
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
      <h3 id={`${id}-h`}>{t('budgetAdmin.funds.formHeading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-programme`}>{t('budgetAdmin.funds.programme')}</label>
        <select
          id={`${id}-programme`}
          value={programme.key}
          onChange={(e) => {
            setKey(e.target.value);
            const next = props.programmes.find((p) => p.key === e.target.value);
            setRegion(next?.region.provinces[0] ?? '');
          }}
        >
          {props.programmes.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name[lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-region`}>{t('budgetAdmin.funds.region')}</label>
        <select
          id={`${id}-region`}
          value={region}
          onChange={(e) => {
            setRegion(e.target.value);
          }}
        >
          {programme.region.provinces.map((p) => (
            <option key={p} value={p}>
              {provinceName(p, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <FormField
        id={`${id}-year`}
        label={t('budgetAdmin.funds.year')}
        inputMode="numeric"
        value={year}
        onChange={(e) => {
          setYear(e.target.value);
        }}
      />
      <FormField
        id={`${id}-backpack`}
        label={t('budgetAdmin.funds.backpackAmount')}
        hint={t('budget.commit.amountHint')}
        error={bad.backpack}
        inputMode="decimal"
        value={backpack}
        onChange={(e) => {
          setBackpack(e.target.value);
        }}
      />
      <FormField
        id={`${id}-structural`}
        label={t('budgetAdmin.funds.structuralAmount')}
        error={bad.structural}
        inputMode="decimal"
        value={structural}
        onChange={(e) => {
          setStructural(e.target.value);
        }}
      />
      <ErrorMessage error={error} />
      <button type="submit">{t('budgetAdmin.funds.submit')}</button>
    </form>
  );
}
