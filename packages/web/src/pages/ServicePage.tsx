import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { getJson, type ApiError, type ServiceDetail } from '../api.ts';
import { ServiceContact } from '../components/ServiceContact.tsx';
import { LegendSymbols } from '../components/LegendSymbols.tsx';
import { WarmReferralButton } from './referrals/WarmReferralButton.tsx';
import { ageText, formatDate, provinceName, termLabel } from '../format.ts';

/** Language codes (nl, fr, ar) as names in the page's language: "Nederlands, Frans, Arabisch". */
function languageNames(codes: string[], language: string): string {
  const names = new Intl.DisplayNames([language === 'en' ? 'en' : 'nl-BE'], { type: 'language' });
  return codes.map((c) => names.of(c) ?? c).join(', ');
}

/** One service: what it is, for whom, how to refer, when and where, and whom to call. */
export function ServicePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const [service, setService] = useState<ServiceDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getJson<ServiceDetail>(`/api/v1/services/${encodeURIComponent(id)}`, controller.signal).then(
      (result) => {
        if (result.ok) {
          setService(result.value);
          document.title = `${result.value.name} — Omringd`;
        } else setError(result.error);
      },
      () => undefined,
    );
    return () => {
      controller.abort();
    };
  }, [id]);

  const back = (
    <p>
      <Link to={`/${location.search}`}>← {t('service.back')}</Link>
    </p>
  );
  if (error !== null) {
    return (
      <div>
        {back}
        <div role="alert" className="error">
          <p>{error.code === 'network' ? t('errors.network') : t('service.notFound')}</p>
        </div>
      </div>
    );
  }
  if (service === null) return <p role="status">{t('search.loading')}</p>;

  const areas = [
    ...(service.servesFlanders ? [t('result.flanders')] : []),
    ...service.areaProvinces.map((p) => provinceName(p, i18n.language)),
  ];
  return (
    <article className="service">
      {back}
      <h1>{service.name}</h1>
      {service.alternateName && <p className="alternate">{service.alternateName}</p>}
      <p className="organization">{service.organization.name}</p>
      <LegendSymbols legend={service.legend} />
      <ul className="tags">
        {service.termCodes
          .filter(
            (c) =>
              !c.startsWith('target-group:koap') &&
              !c.startsWith('target-group:pregnant-addiction'),
          )
          .map((c) => (
            <li key={c}>{termLabel(c, i18n.language)}</li>
          ))}
      </ul>

      <WarmReferralButton serviceId={service.id} serviceName={service.name} />

      <section aria-labelledby="what">
        <h2 id="what">{t('service.description')}</h2>
        <p>{service.description}</p>
      </section>
      <section aria-labelledby="who">
        <h2 id="who">{t('service.eligibility')}</h2>
        <p>
          {t('result.ages')}: {ageText(service, i18n.language)}
        </p>
        {service.eligibilityDescription && <p>{service.eligibilityDescription}</p>}
        <p>
          {t('result.area')}: {areas.join(', ')}
          {service.servesBeyondProvince && <> · {t('result.beyondProvince')}</>}
        </p>
        {(service.feesDescription !== null || service.freeOfCharge !== null) && (
          <p>
            {t('service.fees')}:{' '}
            {service.feesDescription ??
              (service.freeOfCharge === true ? t('result.free') : t('service.notFree'))}
          </p>
        )}
        {service.languages.length > 0 && (
          <p>
            {t('service.languages')}: {languageNames(service.languages, i18n.language)}
          </p>
        )}
        {service.waitTime && (
          <p>
            {t('service.waitTime')}: {service.waitTime}
          </p>
        )}
        {service.capacity === null ? null : (
          <p>
            {service.capacity.maximum === undefined
              ? t('service.capacityOpen', service.capacity)
              : t('service.capacity', service.capacity)}{' '}
            <span className="hint">
              (
              {t('service.capacityUpdated', {
                date: formatDate(service.capacity.updated, i18n.language),
              })}
              )
            </span>
          </p>
        )}
      </section>
      {service.applicationProcess && (
        <section aria-labelledby="refer">
          <h2 id="refer">{t('service.howToRefer')}</h2>
          <p>{service.applicationProcess}</p>
        </section>
      )}
      {service.schedules.length > 0 && (
        <section aria-labelledby="when">
          <h2 id="when">{t('service.schedules')}</h2>
          <ul className="plain">
            {service.schedules.map((s, i) => (
              <li key={i}>
                {s.description && <strong>{s.description}: </strong>}
                {s.byday && s.byday.map((d) => t(`days.${d}`, { defaultValue: d })).join(', ')}
                {s.opensAt && s.closesAt && ` ${s.opensAt}–${s.closesAt}`}
                {s.dates && (
                  <>
                    {t('service.dates')}:{' '}
                    {s.dates.map((d) => formatDate(d, i18n.language)).join(', ')}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ServiceContact service={service} />
      <p className="meta">
        {t('service.source')}: {service.source} · {t('service.lastModified')}:{' '}
        {formatDate(service.lastModified, i18n.language)}
      </p>
    </article>
  );
}
