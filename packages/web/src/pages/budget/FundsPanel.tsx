/**
 * The funds one keeps, per programme, region and year: the backpack half with what the cases
 * committed, the structural half with what was spent on it; entering a fund and spending on the
 * structural offer.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '@omringd/core/budget';
import type { FundView, Programme } from '@omringd/core';
import { getJson, ignoreAbort, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { provinceName } from '../../format.ts';
import { euroLocale } from '../cases/budget/money.ts';
import { FundForm } from './FundForm.tsx';
import { StructuralForm } from './StructuralForm.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';

export function FundsPanel() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [funds, setFunds] = useState<FundView[] | null>(null);
  const [programmes, setProgrammes] = useState<Programme[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const euro = (c: number) => formatEuro(c, euroLocale(i18n.language));
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  // Read again after each save: the totals are what the ledger holds now.
  const [round, setRound] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    void Promise.all([
      getJson<FundView[]>('/api/v1/budget/funds', abort.signal),
      getJson<Programme[]>('/api/v1/programmes', abort.signal),
    ])
      .then(([kept, all]) => {
        if (kept.ok) setFunds(kept.value);
        else setError(kept.error);
        if (all.ok) setProgrammes(all.value.filter((p) => p.budget !== undefined));
      })
      .catch(ignoreAbort);
    return () => {
      abort.abort();
    };
  }, [round]);
  const nameOf = (key: string) => programmes.find((p) => p.key === key)?.name[lang] ?? key;
  const saved = (text: string) => {
    setStatus(text);
    setRound((r) => r + 1);
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('budgetAdmin.funds.heading')}</h2>
      <p className="hint">{t('budgetAdmin.funds.rule')}</p>
      <p role="status">{status}</p>
      <ErrorMessage error={error} />
      {funds === null ? null : funds.length === 0 ? (
        <p>{t('budgetAdmin.funds.none')}</p>
      ) : (
        <TableScroll label={t('budgetAdmin.funds.caption')}>
          <table>
            <caption>{t('budgetAdmin.funds.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budgetAdmin.funds.programme')}</th>
                <th scope="col">{t('budgetAdmin.funds.region')}</th>
                <th scope="col">{t('budgetAdmin.funds.year')}</th>
                <th scope="col" className="number">
                  {t('budgetAdmin.funds.backpack')}
                </th>
                <th scope="col" className="number">
                  {t('budgetAdmin.funds.committed')}
                </th>
                <th scope="col" className="number">
                  {t('budgetAdmin.funds.structural')}
                </th>
                <th scope="col" className="number">
                  {t('budgetAdmin.funds.spent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {funds.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{nameOf(f.programmeKey)}</th>
                  <td>{provinceName(f.region, i18n.language)}</td>
                  <td>{f.year}</td>
                  <td className="number">{euro(f.backpackCents)}</td>
                  <td className="number">{euro(f.backpackCommittedCents)}</td>
                  <td className="number">{euro(f.structuralCents)}</td>
                  <td className="number">{euro(f.structuralSpentCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {programmes.length === 0 ? null : (
        <FundForm
          programmes={programmes}
          onSaved={() => {
            saved(t('budgetAdmin.funds.done'));
          }}
        />
      )}
      {funds === null || funds.length === 0 ? null : (
        <StructuralForm
          funds={funds}
          nameOf={nameOf}
          onSaved={() => {
            saved(t('budgetAdmin.funds.spendDone'));
          }}
        />
      )}
    </section>
  );
}
