/** Families waiting now per service and region, with the median and longest wait ("<5": not shown). */
import { useTranslation } from 'react-i18next';
import type { WaitingFigureView } from '@omringd/core';
import { TableScroll } from '../../components/TableScroll.tsx';

export function WaitingTimesTable(props: {
  figures: WaitingFigureView[];
  regionName: (code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const number = (v: number | null) =>
    v === null ? (
      <abbr title={t('signalReport.hiddenLabel')}>{t('signalReport.hiddenMark')}</abbr>
    ) : (
      new Intl.NumberFormat(i18n.language === 'en' ? 'en-BE' : 'nl-BE', {
        maximumFractionDigits: 1,
      }).format(v)
    );
  return (
    <section aria-labelledby="waiting-times-h">
      <h2 id="waiting-times-h">{t('signalReport.waitingHeading')}</h2>
      {props.figures.length === 0 ? (
        <p>{t('signalReport.noWaiting')}</p>
      ) : (
        <TableScroll label={t('signalReport.waitingCaption')}>
          <table>
            <caption>{t('signalReport.waitingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('signalReport.service')}</th>
                <th scope="col">{t('signalReport.region')}</th>
                <th scope="col" className="number">
                  {t('signalReport.waitingCount')}
                </th>
                <th scope="col" className="number">
                  {t('signalReport.median')}
                </th>
                <th scope="col" className="number">
                  {t('signalReport.longest')}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.figures.map((f) => (
                <tr key={`${f.serviceId}:${f.region}`}>
                  <th scope="row">
                    {f.service} <span className="hint">({f.organization})</span>
                  </th>
                  <td>{props.regionName(f.region)}</td>
                  <td className="number">{number(f.waiting)}</td>
                  <td className="number">{number(f.medianDays)}</td>
                  <td className="number">{number(f.longestDays)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
