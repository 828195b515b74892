import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceHit } from '../api.ts';
import { ageText, provinceName } from '../format.ts';
import { LegendSymbols } from './LegendSymbols.tsx';

/** What a professional needs at a glance: name, organisation, area, ages, legend, how to refer, phone. */
export function ResultCard({
  hit,
  number,
  search,
}: {
  hit: ServiceHit;
  /** Its place in the list, as the map numbers it. */
  number: number;
  search: string;
}) {
  const { t, i18n } = useTranslation();
  const area = [
    ...(hit.servesFlanders ? [t('result.flanders')] : []),
    ...hit.areaProvinces.map((p) => provinceName(p, i18n.language)),
    ...hit.locations,
  ];
  return (
    <li className="result">
      <article aria-labelledby={`result-${hit.id}`}>
        <h3 id={`result-${hit.id}`}>
          <span className="result-number" aria-hidden="true">
            {number}
          </span>{' '}
          <Link to={`/diensten/${hit.id}${search}`}>{hit.name}</Link>
        </h3>
        {hit.alternateName && <p className="alternate">{hit.alternateName}</p>}
        {hit.missingWords.length > 0 && (
          <p className="missing-words">
            {t('result.without', { words: hit.missingWords.join(', ') })}
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>{t('result.organization')}</dt>
            <dd>{hit.organizationName}</dd>
          </div>
          <div>
            <dt>{t('result.area')}</dt>
            <dd>
              {[...new Set(area)].join(', ')}
              {hit.distanceKm !== null && (
                <>
                  {' '}
                  ·{' '}
                  {t('result.distance', {
                    km: hit.distanceKm.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-BE'),
                  })}
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('result.ages')}</dt>
            <dd>{ageText(hit, i18n.language)}</dd>
          </div>
          {hit.applicationProcess && (
            <div>
              <dt>{t('result.howToRefer')}</dt>
              <dd>{hit.applicationProcess}</dd>
            </div>
          )}
          {hit.phone && (
            <div>
              <dt>{t('result.phone')}</dt>
              <dd>
                <a href={`tel:${hit.phone.number.replace(/[^\d+]/g, '')}`}>{hit.phone.number}</a>
                {hit.phone.description && <> — {hit.phone.description}</>}
              </dd>
            </div>
          )}
        </dl>
        <LegendSymbols legend={hit.legend} />
        <p className="badges">
          {hit.freeOfCharge === true && <span className="badge">{t('result.free')}</span>}
          {hit.outsideFamilyProvince && (
            <span className="badge badge-note">{t('result.outsideProvince')}</span>
          )}
        </p>
      </article>
    </li>
  );
}
