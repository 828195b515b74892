/**
 * The signal report for the network and policy, printable: per quarter the signals by kind of
 * problem and region with their totals ("<5" where a count is small or would reveal one), a
 * chart of the kinds whose totals are shown, and the waiting times per service and region.
 */
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalReport } from '@omringd/core';
import { getJson, ignoreAbort, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate, provinceName } from '../../format.ts';
import { WaitingTimesTable } from './WaitingTimesTable.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';

const SignalChart = lazy(async () => ({
  default: (await import('./SignalChart.tsx')).SignalChart,
}));

/** This quarter and the seven before it, newest first. */
function recentQuarters(today: Date): string[] {
  const quarters: string[] = [];
  let year = today.getFullYear();
  let q = Math.floor(today.getMonth() / 3) + 1;
  for (let i = 0; i < 8; i++) {
    quarters.push(`${String(year)}-Q${String(q)}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return quarters;
}

export function SignalReportPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const quarters = recentQuarters(new Date());
  const [quarter, setQuarter] = useState(quarters[0] ?? '');
  const [report, setReport] = useState<SignalReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    void getJson<SignalReport>(`/api/v1/signals/report?quarter=${quarter}`, abort.signal)
      .then((answer) => {
        if (answer.ok) setReport(answer.value);
        else setError(answer.error);
      })
      .catch(ignoreAbort);
    return () => {
      abort.abort();
    };
  }, [quarter]);
  // Short names where the full one would widen the table (Brussels), the province's otherwise.
  const region = (code: string) =>
    t(`signalReport.regions.${code}`, { defaultValue: provinceName(code, i18n.language) });
  const shown = (v: number | null | undefined) =>
    v === null || v === undefined ? (
      <abbr title={t('signalReport.hiddenLabel')}>{t('signalReport.hiddenMark')}</abbr>
    ) : (
      v
    );
  return (
    <div className="signal-report">
      <h1>{t('signalReport.title')}</h1>
      <p className="hint">{t('signalReport.hint')}</p>
      <div className="field no-print">
        <label htmlFor={`${id}-quarter`}>{t('signalReport.quarter')}</label>
        <select
          id={`${id}-quarter`}
          value={quarter}
          onChange={(e) => {
            setQuarter(e.target.value);
          }}
        >
          {quarters.map((q) => (
            <option key={q} value={q}>
              {q}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={error} />
      {report === null ? null : (
        <>
          <TableScroll label={t('signalReport.title')}>
            <table>
              <caption>
                {t('signalReport.caption', {
                  from: formatDate(report.from, i18n.language),
                  to: formatDate(report.to, i18n.language),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('signalReport.category')}</th>
                  {report.regions.map((r) => (
                    <th scope="col" key={r} className="number">
                      {region(r)}
                    </th>
                  ))}
                  <th scope="col" className="number">
                    {t('signalReport.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.categories.map((c, i) => (
                  <tr key={c}>
                    <th scope="row">{t(`signals.categories.${c}`)}</th>
                    {report.regions.map((r, j) => (
                      <td key={r} className="number">
                        {shown(report.cells[i]?.[j])}
                      </td>
                    ))}
                    <td className="number">{shown(report.categoryTotals[i])}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('signalReport.total')}</th>
                  {report.regionTotals.map((v, j) => (
                    <td key={report.regions[j]} className="number">
                      {shown(v)}
                    </td>
                  ))}
                  <td className="number">{shown(report.total)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
          <p className="hint">
            {t('signalReport.legend', {
              primary: report.hidden.primary,
              secondary: report.hidden.secondary,
            })}
          </p>
          <Suspense fallback={null}>
            <SignalChart report={report} />
          </Suspense>
          <WaitingTimesTable figures={report.waitingTimes} regionName={region} />
          <p className="no-print">
            <a href={`/api/v1/signals/report.csv?quarter=${report.quarter}`} download>
              {t('signalReport.csv')}
            </a>{' '}
            <button
              type="button"
              onClick={() => {
                window.print();
              }}
            >
              {t('signalReport.print')}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
