import { useTranslation } from 'react-i18next';
import type { Phone, ServiceDetail } from '../api.ts';
import { formatDate } from '../format.ts';

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

/**
 * How to reach a service: its phones (else the organisation's), e-mail, website, addresses and
 * the people to ask for. Nothing at all when none of it is known: no empty heading.
 */
export function ServiceContact({ service }: { service: ServiceDetail }) {
  const { t } = useTranslation();
  const phones = service.phones.length > 0 ? service.phones : service.organizationPhones;
  const email = service.email ?? service.organization.email;
  const website = service.url ?? service.organization.website;
  const addresses = service.locations.filter((l) => l.street !== null || l.municipality !== null);
  const people = service.contacts.filter((c) => c.name !== null || c.email !== null);
  if (
    phones.length === 0 &&
    email === null &&
    website === null &&
    addresses.length === 0 &&
    people.length === 0
  )
    return null;
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">{t('service.contact')}</h2>
      {phones.length > 0 && (
        <>
          <h3>{t('service.phones')}</h3>
          <PhoneList phones={phones} />
        </>
      )}
      {email !== null && (
        <p>
          {t('service.email')}: <a href={`mailto:${email}`}>{email}</a>
        </p>
      )}
      {website !== null && (
        <p>
          {t('service.website')}: <a href={website}>{website}</a>
        </p>
      )}
      {addresses.length > 0 && (
        <>
          <h3>{t('service.address')}</h3>
          <ul className="plain">
            {addresses.map((l) => (
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
        </>
      )}
      {people.length > 0 && (
        <>
          <h3>{t('service.people')}</h3>
          <ul className="plain">
            {people.map((c, i) => (
              <li key={i}>
                {c.name}
                {c.title && <> — {c.title}</>}
                {c.email && (
                  <>
                    {' '}
                    · <a href={`mailto:${c.email}`}>{c.email}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
