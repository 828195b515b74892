/**
 * The trend of the 0–10 scores, one line per person (Recharts, with its keyboard-navigable
 * accessibility layer). The table next to it says the same in words.
 */
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ScoreSeries, ScoreView } from '@omringd/core';
import { formatDate } from '../../../format.ts';

// Distinct for colour-blind readers (after Okabe–Ito), each at least 3:1 against white (WCAG
// 1.4.11), and each line also with its own dash pattern.
const COLOURS = ['#0072B2', '#D55E00', '#007A5A', '#7B3294', '#000000', '#8C510A'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

export default function TrendChart({ series }: { series: ScoreSeries<ScoreView>[] }) {
  const { t, i18n } = useTranslation();
  const days = [
    ...new Set(series.flatMap((s) => s.scores.map((x) => x.scoredAt.slice(0, 10)))),
  ].sort();
  const data = days.map((day) => {
    const row: Record<string, number | string> = { day: formatDate(day, i18n.language) };
    for (const s of series) {
      const last = s.scores.filter((x) => x.scoredAt.slice(0, 10) === day).at(-1);
      if (last !== undefined) row[s.scorerKey] = last.score;
    }
    return row;
  });
  return (
    <figure className="trend" aria-labelledby="trend-caption">
      <div className="trend-frame">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart
            data={data}
            accessibilityLayer
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} allowDecimals={false} />
            <Tooltip />
            <Legend formatter={(value: string) => <span className="trend-legend">{value}</span>} />
            {series.map((s, i) => (
              <Line
                key={s.scorerKey}
                dataKey={s.scorerKey}
                name={s.scores[0]?.scorerName ?? s.scorerKey}
                stroke={COLOURS[i % COLOURS.length]}
                strokeDasharray={DASHES[i % DASHES.length]}
                strokeWidth={2}
                dot={{ r: 4, strokeDasharray: '0' }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption id="trend-caption">{t('caseParts.scores.trendCaption')}</figcaption>
    </figure>
  );
}
