/** The plan of a closed case, as it was when the case closed: read only. */
import { useTranslation } from 'react-i18next';
import type { PlanContent } from '@omringd/core';
import { formatDate } from '../../../format.ts';

export function ClosedPlan({ content }: { content: PlanContent }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="closed-plan">
      <h2 id="closed-plan">{t('plan.goalsTitle')}</h2>
      <p className="hint">{t('closing.readOnly')}</p>
      <ol>
        {content.goals.map((g) => (
          <li key={g.id}>
            <p>{g.text}</p>
            <ul>
              {content.actions
                .filter((a) => a.goalId === g.id)
                .map((a) => (
                  <li key={a.id}>
                    {a.what}
                    {a.by === null ? '' : ` — ${formatDate(a.by, i18n.language)}`}
                    {a.done ? ` — ${t('plan.done')}` : ''}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
