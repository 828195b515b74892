import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { getJson, type ApiError, type Phone, type ServiceDetail } from '../api.ts';
import { LegendSymbols } from '../components/LegendSymbols.tsx';
import { WarmReferralButton } from './referrals/WarmReferralButton.tsx';
import { ageText, formatDate, provinceName, termLabel } from '../format.ts';

function PhoneList({ phones }: { phones: Phone[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="plain">
      {phones.map((p) => (
        <li key={`${p.number}-${p.validFrom ?? ''}`}>
          <a href={`tel:${p.number.replace(/[^\d+]/g, '')}`}>{p.number}</a>
          {p.description && <> — {p.description}</>}
          {p.validFrom && (
            <> ({t('service.validFrom', { date: formatDate(p.validFrom, i18n.language) })})</>
          )}
          {p.validTo && (
            <> ({t('service.validTo', { date: formatDate(p.validTo, i18n.language) })})</>
          )}
        </li>
      ))}
    </ul>
  );
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
        {(service.feesDescription ?? service.freeOfCharge === true) && (
          <p>
            {t('service.fees')}: {service.feesDescription ?? t('result.free')}
          </p>
        )}
        {service.waitTime && (
          <p>
            {t('service.waitTime')}: {service.waitTime}
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
                {s.byday && s.byday.map((d) => t(`days.${d}`)).join(', ')}
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
      <section aria-labelledby="contact">
        <h2 id="contact">{t('service.contact')}</h2>
        {service.phones.length > 0 && <PhoneList phones={service.phones} />}
        {service.phones.length === 0 && service.organizationPhones.length > 0 && (
          <PhoneList phones={service.organizationPhones} />
        )}
        {(service.email ?? service.organization.email) && (
          <p>
            {t('service.email')}:{' '}
            <a href={`mailto:${service.email ?? service.organization.email ?? ''}`}>
              {service.email ?? service.organization.email}
            </a>
          </p>
        )}
        {service.url && (
          <p>
            {t('service.website')}: <a href={service.url}>{service.url}</a>
          </p>
        )}
        {service.contacts.length > 0 && (
          <>
            <h3>{t('service.people')}</h3>
            <ul className="plain">
              {service.contacts.map((c, i) => (
                <li key={i}>
                  {c.name}
                  {c.title && <> — {c.title}</>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {service.locations.length > 0 && (
        <section aria-labelledby="where">
          <h2 id="where">{t('service.locations')}</h2>
          <ul className="plain">
            {service.locations.map((l) => (
              <li key={l.id}>
                {l.name}
                {l.street && <>, {l.street}</>}
                {l.municipality?.name && (
                  <>
                    , {l.postalCode ?? ''} {l.municipality.name}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="meta">
        {t('service.source')}: {service.source} · {t('service.lastModified')}:{' '}
        {formatDate(service.lastModified, i18n.language)}
      </p>
    </article>
  );
}
