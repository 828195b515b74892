import { useTranslation } from 'react-i18next';
import type { Legend } from '../api.ts';
import { termLabel } from '../format.ts';

/** The legend symbols of the provincial overview (ο KOAP, Φ pregnancy), each with its meaning spelled out. */
export function LegendSymbols({ legend }: { legend: Legend[] }) {
  const { i18n } = useTranslation();
  if (legend.length === 0) return null;
  return (
    <ul className="legend">
      {legend.map((l) => (
        <li key={l.term}>
          <span className="legend-symbol" aria-hidden="true">
            {l.symbol}
          </span>{' '}
          <span>{termLabel(l.term, i18n.language)}</span>
        </li>
      ))}
    </ul>
  );
}
