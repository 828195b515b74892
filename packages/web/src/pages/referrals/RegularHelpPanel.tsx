/**
 * Regular help first: services on the social map that fit this family's place and child, the
 * services already tried (linked to the social map), and the plain advice that when regular help
 * suffices, no referral is needed — a warm referral to that service is.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, type SearchResponse, type ServiceDetail, type ServiceHit } from '../../api.ts';
import { provinceName } from '../../format.ts';

type Props = {
  postalCode: string | null;
  age: number | 'pregnant' | null;
  /** The receiving organisation: its own services are not "regular help" for this referral. */
  receivingOrganizationName: string;
  servicesTried: string[];
  /** A referral to a programme: say that regular help, when it suffices, needs no referral. */
  toProgramme: boolean;
  onChange: (servicesTried: string[]) => void;
};

function searchUrl(params: Record<string, string | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null) query.set(key, value);
  return `/api/v1/services?${query.toString()}`;
}

export function RegularHelpPanel(props: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { postalCode, age, receivingOrganizationName, servicesTried, toProgramme, onChange } =
    props;
  const [suggestions, setSuggestions] = useState<SearchResponse | null>(null);
  const [words, setWords] = useState('');
  const [found, setFound] = useState<ServiceHit[] | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});

  // Suggestions follow the family's place and the child's age.
  useEffect(() => {
    if (postalCode === null) return;
    const controller = new AbortController();
    void getJson<SearchResponse>(
      searchUrl({
        postcode: postalCode,
        age: age === null ? null : String(age),
        perPage: '6',
      }),
      controller.signal,
    ).then((r) => {
      if (r.ok) setSuggestions(r.value);
    });
    return () => {
      controller.abort();
    };
  }, [postalCode, age]);

  // Names of services already linked (from an earlier visit).
  useEffect(() => {
    const unknown = servicesTried.filter((id) => !(id in names));
    if (unknown.length === 0) return;
    void Promise.all(unknown.map((id) => getJson<ServiceDetail>(`/api/v1/services/${id}`))).then(
      (answers) => {
        const next: Record<string, string> = {};
        answers.forEach((a, i) => {
          const id = unknown[i];
          if (id !== undefined) next[id] = a.ok ? a.value.name : t('regularHelp.unknownService');
        });
        setNames((known) => ({ ...known, ...next }));
      },
    );
  }, [servicesTried, names, t]);

  const add = (hit: ServiceHit) => {
    setNames((known) => ({ ...known, [hit.id]: hit.name }));
    if (!servicesTried.includes(hit.id)) onChange([...servicesTried, hit.id]);
  };
  const regular = (suggestions?.results ?? []).filter(
    (hit) => hit.organizationName !== receivingOrganizationName,
  );
  const place = suggestions?.place ?? null;

  const hitItem = (hit: ServiceHit) => (
    <li key={hit.id}>
      <Link to={`/diensten/${hit.id}`}>{hit.name}</Link>{' '}
      <span className="hint">— {hit.organizationName}</span>{' '}
      {servicesTried.includes(hit.id) ? (
        <span className="hint">({t('regularHelp.linked')})</span>
      ) : (
        <button
          type="button"
          aria-label={t('regularHelp.addLabel', { name: hit.name })}
          onClick={() => {
            add(hit);
          }}
        >
          {t('regularHelp.add')}
        </button>
      )}
    </li>
  );

  return (
    <section aria-labelledby={headingId} className="regular-help">
      <h2 id={headingId}>{t('regularHelp.title')}</h2>
      {toProgramme ? <p>{t('regularHelp.advice')}</p> : null}
      {place === null ? null : (
        <p>
          {t('regularHelp.place', {
            municipality: place.municipalities.map((m) => m.name).join(', '),
            province: provinceName(place.province, i18n.language),
          })}
        </p>
      )}
      {regular.length === 0 ? null : (
        <>
          <h3>{t('regularHelp.suggestions')}</h3>
          <ul className="plain">{regular.map(hitItem)}</ul>
        </>
      )}

      <h3>{t('regularHelp.tried')}</h3>
      {servicesTried.length === 0 ? (
        <p>{t('regularHelp.noneTried')}</p>
      ) : (
        <ul className="plain">
          {servicesTried.map((id) => (
            <li key={id}>
              <Link to={`/diensten/${id}`}>{names[id] ?? '…'}</Link>{' '}
              <button
                className="danger"
                type="button"
                aria-label={t('regularHelp.removeLabel', { name: names[id] ?? '' })}
                onClick={() => {
                  onChange(servicesTried.filter((x) => x !== id));
                }}
              >
                {t('regularHelp.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <form
        role="search"
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          if (words.trim() === '') return;
          void getJson<SearchResponse>(
            searchUrl({ q: words.trim(), postcode: postalCode, perPage: '8' }),
          ).then((r) => {
            setFound(r.ok ? r.value.results : []);
          });
        }}
      >
        <label htmlFor={`${headingId}-search`}>{t('regularHelp.search')}</label>
        <input
          id={`${headingId}-search`}
          type="search"
          value={words}
          onChange={(e) => {
            setWords(e.target.value);
          }}
        />{' '}
        <button type="submit">{t('regularHelp.searchButton')}</button>
      </form>
      {found === null ? null : found.length === 0 ? (
        <p role="status">{t('regularHelp.nothingFound')}</p>
      ) : (
        <ul className="plain" aria-label={t('regularHelp.results')}>
          {found.map(hitItem)}
        </ul>
      )}
    </section>
  );
}
