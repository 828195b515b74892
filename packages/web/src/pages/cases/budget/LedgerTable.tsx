/**
 * The budget's ledger, line by line as written: commitments, payments and the reversals that
 * correct them. A standing commitment takes a payment; a standing line can be corrected once.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '@omringd/core/budget';
import type { BudgetView, EntryView } from '@omringd/core';
import { formatDate } from '../../../format.ts';
import { EntryCorrection, EntryPayment } from './EntryForms.tsx';
import { euroLocale } from './money.ts';
import { TableScroll } from '../../../components/TableScroll.tsx';

type Open = { entryId: string; form: 'pay' | 'reverse' } | null;

export function LedgerTable(props: {
  caseId: string;
  budget: BudgetView;
  onChanged: (budget: BudgetView, announcement: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState<Open>(null);
  const euro = (cents: number) => formatEuro(cents, euroLocale(i18n.language));
  const day = (d: string) => formatDate(d, i18n.language);
  const kindOf = new Map(props.budget.entries.map((e) => [e.id, e.kind]));
  const when = (e: EntryView) =>
    e.paidOn !== null
      ? day(e.paidOn)
      : e.from !== null && e.to !== null
        ? t('budget.ledger.range', { from: day(e.from), to: day(e.to) })
        : '';
  const done = (budget: BudgetView, text: string) => {
    setOpen(null);
    props.onChanged(budget, text);
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('budget.ledger.heading')}</h2>
      <p className="hint">{t('budget.ledger.hint')}</p>
      {props.budget.entries.length === 0 ? (
        <p>{t('budget.ledger.empty')}</p>
      ) : (
        <TableScroll label={t('budget.ledger.heading')}>
          <table className="ledger">
            <caption className="visually-hidden">{t('budget.ledger.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budget.ledger.date')}</th>
                <th scope="col">{t('budget.ledger.entry')}</th>
                <th scope="col">{t('budget.ledger.category')}</th>
                <th scope="col">{t('budget.ledger.provider')}</th>
                <th scope="col">{t('budget.ledger.period')}</th>
                <th scope="col" className="number">
                  {t('budget.ledger.amount')}
                </th>
                <th scope="col" className="number">
                  {t('budget.ledger.paid')}
                </th>
                <th scope="col">{t('budget.ledger.by')}</th>
                <th scope="col">{t('budget.ledger.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.budget.entries.map((e) => (
                <tr key={e.id} className={e.reversed ? 'reversed' : undefined}>
                  <td>{day(e.createdAt.slice(0, 10))}</td>
                  <th scope="row">
                    {t(`budget.kinds.${e.kind}`)}
                    {e.reversed ? ` (${t('budget.ledger.reversed')})` : ''}
                    {e.reverses === null ? null : (
                      <span className="hint">
                        {' '}
                        {t('budget.ledger.reverses', {
                          kind: t(
                            `budget.kinds.${kindOf.get(e.reverses) ?? 'commitment'}`,
                          ).toLowerCase(),
                        })}
                      </span>
                    )}
                  </th>
                  <td>{t(`budget.categories.${e.category}`)}</td>
                  <td>{e.provider ?? ''}</td>
                  <td>{when(e)}</td>
                  <td className="number">
                    {e.kind === 'reversal' ? `− ${euro(e.amountCents)}` : euro(e.amountCents)}
                  </td>
                  <td className="number">{e.paidCents === null ? '' : euro(e.paidCents)}</td>
                  <td>{e.createdBy}</td>
                  <td>
                    {e.kind === 'reversal' || e.reversed ? null : (
                      <div className="row-actions">
                        {e.kind === 'commitment' ? (
                          <button
                            type="button"
                            aria-expanded={open?.entryId === e.id && open.form === 'pay'}
                            onClick={() => {
                              setOpen({ entryId: e.id, form: 'pay' });
                            }}
                          >
                            {t('budget.pay.open')}
                          </button>
                        ) : null}
                        <button
                          type="button"
                          aria-expanded={open?.entryId === e.id && open.form === 'reverse'}
                          onClick={() => {
                            setOpen({ entryId: e.id, form: 'reverse' });
                          }}
                        >
                          {t('budget.reverse.open')}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {props.budget.entries.map((e) =>
        open?.entryId !== e.id ? null : open.form === 'pay' ? (
          <EntryPayment
            key={e.id}
            caseId={props.caseId}
            entry={e}
            onDone={done}
            onCancel={() => {
              setOpen(null);
            }}
          />
        ) : (
          <EntryCorrection
            key={e.id}
            caseId={props.caseId}
            entry={e}
            onDone={done}
            onCancel={() => {
              setOpen(null);
            }}
          />
        ),
      )}
    </section>
  );
}
