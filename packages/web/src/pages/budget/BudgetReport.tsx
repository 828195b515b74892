/**
 * The finance report of a period: committed and paid per programme, region, year, kind of money,
 * kind of help and provider; the same ledger line by line as CSV or XLSX.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '@omringd/core/budget';
import type { BudgetReportRow } from '@omringd/core';
import { getJson, type ApiError } from '../../api.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { provinceName } from '../../format.ts';
import { euroLocale, todayInBrussels } from '../cases/budget/money.ts';
import { TableScroll } from '../../components/TableScroll.tsx';

export function BudgetReport() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const today = todayInBrussels();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [rows, setRows] = useState<BudgetReportRow[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const euro = (c: number) => formatEuro(c, euroLocale(i18n.language));
  const period = `from=${from}&to=${to}`;
  const show = async () => {
    const answer = await getJson<BudgetReportRow[]>(`/api/v1/budget/report?${period}`);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setRows(answer.value);
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('budgetAdmin.report.heading')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void show();
        }}
      >
        <DateInput
          id={`${id}-from`}
          label={t('budgetAdmin.report.from')}
          value={from}
          onChange={setFrom}
        />
        <DateInput id={`${id}-to`} label={t('budgetAdmin.report.to')} value={to} onChange={setTo} />
        <button type="submit">{t('budgetAdmin.report.show')}</button>
      </form>
      <ErrorMessage error={error} />
      {rows === null ? null : rows.length === 0 ? (
        <p role="status">{t('budgetAdmin.report.empty')}</p>
      ) : (
        <>
          <TableScroll label={t('budgetAdmin.report.caption')}>
            <table>
              <caption>{t('budgetAdmin.report.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('budgetAdmin.funds.programme')}</th>
                  <th scope="col">{t('budgetAdmin.funds.region')}</th>
                  <th scope="col">{t('budgetAdmin.funds.year')}</th>
                  <th scope="col">{t('budgetAdmin.report.kind')}</th>
                  <th scope="col">{t('budget.ledger.category')}</th>
                  <th scope="col">{t('budget.ledger.provider')}</th>
                  <th scope="col" className="number">
                    {t('budgetAdmin.report.committed')}
                  </th>
                  <th scope="col" className="number">
                    {t('budgetAdmin.report.paid')}
                  </th>
                  <th scope="col" className="number">
                    {t('budgetAdmin.report.lines')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={[
                      r.programmeKey,
                      r.region,
                      r.year,
                      r.fundKind,
                      r.category,
                      r.provider,
                    ].join('|')}
                  >
                    <th scope="row">{r.programmeKey}</th>
                    <td>{provinceName(r.region, i18n.language)}</td>
                    <td>{r.year}</td>
                    <td>{t(`budgetAdmin.report.fundKinds.${r.fundKind}`)}</td>
                    <td>{t(`budget.categories.${r.category}`)}</td>
                    <td>{r.provider}</td>
                    <td className="number">{euro(r.committedCents)}</td>
                    <td className="number">{euro(r.paidCents)}</td>
                    <td className="number">{r.lines}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <p>
        <a href={`/api/v1/budget/ledger.csv?${period}`} download>
          {t('budgetAdmin.report.csv')}
        </a>
        {' · '}
        <a href={`/api/v1/budget/ledger.xlsx?${period}`} download>
          {t('budgetAdmin.report.xlsx')}
        </a>
      </p>
    </section>
  );
}
