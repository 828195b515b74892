/** One row of the side-by-side comparison: which item, as it was and as it became. */
import { useTranslation } from 'react-i18next';
import type { Actor, PlanDifference } from '@omringd/core';
import { formatDate } from '../../../format.ts';

export function DifferenceRow({ row }: { row: PlanDifference }) {
  const { t, i18n } = useTranslation();
  const date = (d: string | null) => (d === null ? '—' : formatDate(d, i18n.language));
  const who = (a: Actor) => (a.kind === 'family' ? t('plan.whoKinds.family') : a.name);
  const side = (which: 'before' | 'after') => {
    switch (row.kind) {
      case 'goal': {
        const g = row[which];
        return g === null ? '—' : g.text;
      }
      case 'action': {
        const a = row[which];
        return a === null
          ? '—'
          : `${a.what} (${who(a.who)}, ${date(a.by)})${a.done ? ` — ${t('plan.done')}` : ''}`;
      }
      case 'route': {
        const r = row[which];
        return r === null ? '—' : [r.summary, r.trigger].filter((x) => x !== '').join(' — ');
      }
      case 'active':
        return t('plan.route', { route: row[which] });
      case 'evaluateBy':
        return date(row[which]);
    }
  };
  const what =
    row.kind === 'route' ? t('plan.route', { route: row.id }) : t(`plan.diffKinds.${row.kind}`);
  return (
    <tr className={`diff-${row.change}`}>
      <th scope="row">
        {what} <span className="diff-change">({t(`plan.diffChanges.${row.change}`)})</span>
        {row.fields.length > 0 ? (
          <span className="hint">
            {' '}
            {row.fields.map((f) => t(`plan.fields.${f}`, { defaultValue: f })).join(', ')}
          </span>
        ) : null}
      </th>
      <td>{side('before')}</td>
      <td>{side('after')}</td>
    </tr>
  );
}
