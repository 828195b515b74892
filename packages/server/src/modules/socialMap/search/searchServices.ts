/**
 * Social-map search on the database's own full-text index: Dutch stemming without accents,
 * prefix matching while typing (which also finds compounds: "mantelzorg" → "mantelzorgers"),
 * "did you mean" from the lexicon on a typo, facet counts, and ranking by relevance and distance.
 */
import {
  searchTerms,
  termCounts,
  type FacetCount,
  type FamilyPlace,
  type ServiceHit,
  type ServiceSearchQuery,
  type ServiceSearchResult,
  type TermFacet,
} from '@omringd/core';
import type { PublicData } from '../../../kernel/accessContext.ts';
import { buildFilters } from './filters.ts';
import { resolvePlace } from './place.ts';
import { suggestCorrection } from './lexicon.ts';
import { searchSql, type HitRow, type SearchRow } from './searchStatement.ts';

export type { FacetCount, ServiceHit, ServiceSearchResult } from '@omringd/core';

/** Terms are folded to letters and digits by the core, so joining them into tsquery syntax is safe. */
export function toTsquery(terms: string[]): string | null {
  return terms.length === 0 ? null : terms.map((t) => `${t}:*`).join(' & ');
}

function toHit(r: HitRow): ServiceHit {
  return {
    id: r.id,
    name: r.name,
    alternateName: r.alternate_name,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    description: r.description,
    applicationProcess: r.application_process,
    ageMinMonths: r.age_min_months,
    ageMaxMonths: r.age_max_months,
    duringPregnancy: r.during_pregnancy,
    freeOfCharge: r.free_of_charge,
    servesFlanders: r.serves_flanders,
    servesBeyondProvince: r.serves_beyond_province,
    areaProvinces: r.area_provinces,
    areaMunicipalities: r.area_municipalities,
    termCodes: r.term_codes,
    distanceKm: r.km === null ? null : Math.round(r.km * 10) / 10,
    phone:
      r.phone_number === null ? null : { number: r.phone_number, description: r.phone_description },
    locations: r.location_names ?? [],
  };
}

/** A facet's terms that occur, most first, from the facet's sum of term lanes. */
function facetOf(row: SearchRow, facet: TermFacet): FacetCount[] {
  const sum = row.lanes[facet];
  if (sum === null) return [];
  return [...termCounts(sum, facet)]
    .map(([code, count]) => ({ value: code.slice(code.indexOf(':') + 1), count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

type Found = Pick<ServiceSearchResult, 'total' | 'facets'> & { hits: HitRow[] };

/** Runs the search for the given words in one statement. */
export async function runSearch(
  database: PublicData,
  query: ServiceSearchQuery,
  words: string[],
  place: FamilyPlace | null,
  today: string,
): Promise<Found> {
  const tsquery = toTsquery(words);
  const [row] = await database.preparedRows<SearchRow>(
    searchSql(query, buildFilters(query, tsquery, place), tsquery, place, today),
  );
  if (row === undefined) throw new Error('The search statement returned no row.');
  return {
    total: row.total,
    hits: row.hits ?? [],
    facets: {
      targetGroup: facetOf(row, 'targetGroup'),
      modality: facetOf(row, 'modality'),
      domain: facetOf(row, 'domain'),
      free: row.free,
      pregnant: row.pregnant,
    },
  };
}

export async function searchServices(
  database: PublicData,
  query: ServiceSearchQuery,
  today: string,
): Promise<ServiceSearchResult> {
  const db = database.db;
  const place = await resolvePlace(db, query);
  const terms = searchTerms(query.q);
  let found = await runSearch(database, query, terms, place, today);
  let didYouMean: string | null = null;
  let searchedFor: string | null = null;
  if (found.total === 0 && terms.length > 0 && query.page === 1) {
    const corrected = await suggestCorrection(db, terms);
    if (corrected !== null) {
      didYouMean = corrected.join(' ');
      const again = await runSearch(database, query, corrected, place, today);
      if (again.total > 0) {
        found = again;
        searchedFor = didYouMean;
      }
    }
  }
  return {
    total: found.total,
    page: query.page,
    perPage: query.perPage,
    place,
    didYouMean,
    searchedFor,
    results: found.hits.map(toHit),
    facets: found.facets,
  };
}
