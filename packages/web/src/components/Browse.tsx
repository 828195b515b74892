import { provinceCodes, provinces } from '@omringd/core/geography';
import { hvhkDomains, lifeDomains, targetGroups } from '@omringd/core/taxonomy';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, type SearchResponse } from '../api.ts';
import { termLabel } from '../format.ts';

// The map library loads only when a map is shown.
const ResultsMap = lazy(() => import('./ResultsMap.tsx'));

type Programme = { key: string; name: { nl: string; en: string } };
const HOUSES = 'Huis van het Kind';

/** A list of links, each a search (`?…`) that the search page opens. */
function LinkList({ items }: { items: { to: string; label: string }[] }) {
  return (
    <ul className="browse-list">
      {items.map((i) => (
        <li key={i.to}>
          <Link to={i.to}>{i.label}</Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The social map before anyone types: help by target group, life domain, programme and province,
 * and the Huizen van het Kind on a map with their list.
 */
export function Browse() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [programmes, setProgrammes] = useState<Programme[]>([]);
  const [houses, setHouses] = useState<SearchResponse | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getJson<Programme[]>('/api/v1/programmes', controller.signal).then(
      (r) => {
        if (r.ok) setProgrammes(r.value);
      },
      () => undefined,
    );
    getJson<SearchResponse>(
      `/api/v1/services?q=${encodeURIComponent(HOUSES)}&perPage=50`,
      controller.signal,
    ).then(
      (r) => {
        if (r.ok) setHouses(r.value);
      },
      () => undefined,
    );
    return () => {
      controller.abort();
    };
  }, []);
  // The houses by name (the search also brings in services that only share a word with it).
  const isHouse = (name: string) => name.toLowerCase().includes(HOUSES.toLowerCase());
  const housesFound = (houses?.results ?? []).filter(
    (h) => isHouse(h.name) || isHouse(h.organizationName) || h.locations.some(isHouse),
  );
  const search = (params: Record<string, string>) => `/?${new URLSearchParams(params).toString()}`;
  return (
    <div className="browse">
      <section aria-labelledby="browse-target">
        <h2 id="browse-target">{t('browse.targetGroup')}</h2>
        <LinkList
          items={targetGroups.map((g) => ({
            to: search({ targetGroup: g.code }),
            label: `${g.symbol === undefined ? '' : `${g.symbol} `}${termLabel(`target-group:${g.code}`, i18n.language)}`,
          }))}
        />
        <p className="hint">{t('browse.legend')}</p>
      </section>
      <section aria-labelledby="browse-domain">
        <h2 id="browse-domain">{t('browse.domain')}</h2>
        <LinkList
          items={lifeDomains.map((d) => ({
            to: search({ domain: d.code }),
            label: termLabel(`life-domain:${d.code}`, i18n.language),
          }))}
        />
      </section>
      {programmes.length > 0 && (
        <section aria-labelledby="browse-programme">
          <h2 id="browse-programme">{t('browse.programme')}</h2>
          <LinkList
            items={programmes.map((p) => ({
              to: search({ q: p.name.nl }),
              label: en ? p.name.en : p.name.nl,
            }))}
          />
        </section>
      )}
      <section aria-labelledby="browse-province">
        <h2 id="browse-province">{t('browse.province')}</h2>
        <LinkList
          items={provinceCodes
            .filter((p) => provinces[p].flemish || p === 'BRU')
            .map((p) => ({
              to: search({ province: p }),
              label: en ? provinces[p].en : provinces[p].nl,
            }))}
        />
      </section>
      <section aria-labelledby="browse-houses">
        <h2 id="browse-houses">{t('browse.houses')}</h2>
        <p>{t('browse.housesIntro')}</p>
        <LinkList
          items={[
            { to: search({ q: HOUSES }), label: t('browse.allHouses') },
            ...hvhkDomains.map((d) => ({
              to: search({ domain: d.code }),
              label: termLabel(`hvhk-domain:${d.code}`, i18n.language),
            })),
          ]}
        />
        {housesFound.length > 0 && (
          <Suspense fallback={<p>{t('map.loading')}</p>}>
            <ResultsMap hits={housesFound} label={t('browse.housesMap')} search="" withList />
          </Suspense>
        )}
      </section>
    </div>
  );
}
