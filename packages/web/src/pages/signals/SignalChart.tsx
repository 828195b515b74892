/**
 * The signals of a quarter per kind of problem, as bars (Recharts, with its keyboard-navigable
 * accessibility layer); only kinds whose total is shown, so the chart reveals nothing the table
 * hides. The table above says the same in numbers.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SignalReport } from '@omringd/core';

export function SignalChart({ report }: { report: SignalReport }) {
  const { t } = useTranslation();
  const data = report.categories.flatMap((c, i) => {
    const total = report.categoryTotals[i];
    return total === null || total === undefined || total === 0
      ? []
      : [{ name: t(`signals.categories.${c}`), total }];
  });
  const hidden = report.categoryTotals.some((v) => v === null);
  return (
    <figure className="signal-chart">
      <figcaption>{t('signalReport.chart')}</figcaption>
      {data.length === 0 ? null : (
        <ResponsiveContainer width="100%" height={Math.max(160, data.length * 44)}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ left: 24, right: 24 }}
            accessibilityLayer
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={160} />
            <Tooltip />
            <Bar dataKey="total" name={t('signalReport.total')} fill="#0b5d4b" />
          </BarChart>
        </ResponsiveContainer>
      )}
      {hidden ? <p className="hint">{t('signalReport.chartHidden')}</p> : null}
    </figure>
  );
}
