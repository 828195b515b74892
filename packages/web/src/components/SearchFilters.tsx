import { hvhkDomains, lifeDomains } from '@omringd/core/taxonomy';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResponse } from '../api.ts';
import { termLabel } from '../format.ts';
import { FacetGroup } from './FacetGroup.tsx';
import { useMediaQuery } from './useMediaQuery.ts';

const domainTaxonomy = (code: string) =>
  lifeDomains.some((d) => d.code === code) && !hvhkDomains.some((d) => d.code === code)
    ? 'life-domain'
    : 'hvhk-domain';

/** The filters a search page can set here, each a search parameter. */
export const facetKeys = ['targetGroup', 'modality', 'domain', 'free'] as const;

type Props = {
  facets: SearchResponse['facets'];
  params: URLSearchParams;
  update: (changes: Record<string, string | undefined>) => void;
};

/**
 * The filters with the number of results each choice gives. On a wide screen a column beside the
 * results; on a phone a folded "Filters (n)" panel above them, so the results come first.
 */
export function SearchFilters({ facets, params, update }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const narrow = useMediaQuery('(max-width: 47.99rem)');
  const set = facetKeys.filter((k) => (params.get(k) ?? '') !== '').length;
  const groups: ReactNode = (
    <>
      <FacetGroup
        legend={t('facets.targetGroup')}
        name="targetGroup"
        options={facets.targetGroup}
        label={(v) => termLabel(`target-group:${v}`, i18n.language)}
        value={params.get('targetGroup') ?? undefined}
        onChange={(v) => {
          update({ targetGroup: v });
        }}
      />
      <FacetGroup
        legend={t('facets.modality')}
        name="modality"
        options={facets.modality}
        label={(v) => termLabel(`modality:${v}`, i18n.language)}
        value={params.get('modality') ?? undefined}
        onChange={(v) => {
          update({ modality: v });
        }}
      />
      <FacetGroup
        legend={t('facets.domain')}
        name="domain"
        options={facets.domain}
        label={(v) => termLabel(`${domainTaxonomy(v)}:${v}`, i18n.language)}
        value={params.get('domain') ?? undefined}
        onChange={(v) => {
          update({ domain: v });
        }}
      />
      <div className="facet-option free-filter">
        <input
          type="checkbox"
          id={`${id}-free`}
          checked={params.get('free') === 'true'}
          onChange={(event) => {
            update({ free: event.target.checked ? 'true' : undefined });
          }}
        />
        <label htmlFor={`${id}-free`}>
          {t('search.free')} <span className="count">({facets.free})</span>
        </label>
      </div>
    </>
  );
  if (narrow)
    return (
      <details className="filters filters-panel">
        <summary>
          {set === 0 ? t('search.filters') : t('search.filtersSet', { count: set })}
        </summary>
        {groups}
      </details>
    );
  return (
    <aside className="filters" aria-labelledby={`${id}-filters`}>
      <h2 id={`${id}-filters`}>{t('search.filters')}</h2>
      {groups}
    </aside>
  );
}
