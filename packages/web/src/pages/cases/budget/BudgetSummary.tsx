/** The budget at a glance: its period, what is committed of the maximum and of the residential share. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '@omringd/core/budget';
import type { BudgetView } from '@omringd/core';
import { formatDate, formatDateTime, provinceName } from '../../../format.ts';
import { euroLocale } from './money.ts';

function Bar({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <div className="budget-bar">
      <p>{label}</p>
      <progress value={Math.min(value, max)} max={Math.max(max, 1)} aria-label={label} />
    </div>
  );
}

export function BudgetSummary({ budget }: { budget: BudgetView }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const euro = (cents: number) => formatEuro(cents, euroLocale(i18n.language));
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <section aria-labelledby={`${id}-h`} className="budget-summary">
      <h2 id={`${id}-h`}>{t('budget.summary.heading')}</h2>
      <p>
        <strong>{budget.programmeName[lang]}</strong> —{' '}
        {t('budget.summary.period', {
          from: formatDate(budget.startsOn, i18n.language),
          to: formatDate(budget.endsOn, i18n.language),
        })}
      </p>
      <Bar
        label={t('budget.summary.committed', {
          committed: euro(budget.committedCents),
          max: euro(budget.maximumCents),
        })}
        value={budget.committedCents}
        max={budget.maximumCents}
      />
      <Bar
        label={t('budget.summary.residential', {
          used: euro(budget.residentialCents),
          limit: euro(budget.residentialLimitCents),
          percent: budget.residentialPercent,
        })}
        value={budget.residentialCents}
        max={budget.residentialLimitCents}
      />
      <ul className="plain">
        <li>{t('budget.summary.remaining', { remaining: euro(budget.remainingCents) })}</li>
        <li>{t('budget.summary.paid', { paid: euro(budget.paidCents) })}</li>
        <li>
          {t('budget.summary.fund', {
            region: provinceName(budget.fund.region, i18n.language),
            year: budget.fund.year,
          })}
        </li>
      </ul>
      <h3>{t('budget.summary.justification')}</h3>
      <p>{budget.justification}</p>
      <p className="hint">
        {t('budget.summary.grantedBy', {
          by: budget.createdBy,
          at: formatDateTime(budget.createdAt, i18n.language),
        })}
      </p>
    </section>
  );
}
