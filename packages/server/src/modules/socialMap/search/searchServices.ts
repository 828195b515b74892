/**
 * Social-map search on the database's own full-text index: Dutch stemming without accents,
 * prefix matching while typing (which also finds compounds: "mantelzorg" → "mantelzorgers"),
 * the words of the field that mean the same, a place or a name in the text, "did you mean" for a
 * word that is no word, facet counts, and ranking by relevance and distance. When every word
 * finds less than a page, any word will do: the page says which words a result was found without.
 */
import {
  combineTsquery,
  termCounts,
  type FacetCount,
  type FamilyPlace,
  type ServiceHit,
  type ServiceSearchQuery,
  type ServiceSearchResult,
  type TermFacet,
} from '@omringd/core';
import type { PublicData } from '../../../kernel/accessContext.ts';
import { buildFilters, type TextPlan } from './filters.ts';
import { interpretQuery, widenWords, type Interpreted } from './interpret.ts';
import { rarityOf } from './rarity.ts';
import { searchSql, type HitRow, type SearchRow } from './searchStatement.ts';

export type { FacetCount, ServiceHit, ServiceSearchResult } from '@omringd/core';

/** Terms are folded to letters and digits by the core, so joining them into tsquery syntax is safe. */
export function toTsquery(terms: string[]): string | null {
  return combineTsquery(
    terms.map((t) => ({ word: t, alternatives: [t] })),
    'all',
  );
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
    position:
      r.latitude === null || r.longitude === null ? null : { lat: r.latitude, lon: r.longitude },
    missingWords: r.missing ?? [],
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

/** Runs the search for the given plan in one statement. */
export async function runSearch(
  database: PublicData,
  query: ServiceSearchQuery,
  plan: TextPlan,
  place: FamilyPlace | null,
  today: string,
): Promise<Found> {
  const [row] = await database.preparedRows<SearchRow>(
    searchSql(query, buildFilters(query, plan, place), plan, place, today),
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

/**
 * Any of the words: in a large directory first the services with a rarer word (a service that only
 * has "kinderen" says little of "verslaving kinderen Gent"), then those with two of the common
 * words, and all of them when each of those finds less than a page.
 */
async function anyOfTheWords(
  database: PublicData,
  query: ServiceSearchQuery,
  plan: TextPlan,
  meaning: Interpreted,
  today: string,
): Promise<Found> {
  const rarity = await rarityOf(database, plan.groups);
  for (const finds of rarity?.steps ?? []) {
    const step: TextPlan = { ...plan, rarity: { finds, weights: rarity?.weights ?? [] } };
    const found = await runSearch(database, query, step, meaning.place, today);
    if (found.total >= query.perPage) return found;
  }
  return runSearch(database, query, plan, meaning.place, today);
}

/**
 * The plain search first (the words as typed); when it finds less than a page, the words
 * widened (synonyms, corrections); when that still finds less than a page, any of the words.
 * A search with plenty of plain results costs one statement, as before.
 */
export async function searchServices(
  database: PublicData,
  query: ServiceSearchQuery,
  today: string,
): Promise<ServiceSearchResult> {
  const meaning = await interpretQuery(database.db, query);
  const plain: TextPlan = { mode: 'all', groups: meaning.plain, namePhrase: meaning.namePhrase };
  let found = await runSearch(database, query, plain, meaning.place, today);
  let relaxed = false;
  let didYouMean: string | null = null;
  if (found.total < query.perPage && meaning.plain.length > 0) {
    const widened = await widenWords(database.db, meaning);
    didYouMean = widened.didYouMean;
    const wider: TextPlan = { ...plain, groups: widened.groups };
    // A word no service has, with nothing that means the same: no service has every word.
    const hopeless = widened.groups.some(
      (g) => g.alternatives.length === 1 && widened.unknown.includes(g.word),
    );
    const grew = widened.groups.some((g) => g.alternatives.length > 1);
    if (grew && !hopeless) {
      const all = await runSearch(database, query, wider, meaning.place, today);
      if (all.total > found.total) found = all;
    }
    // Fewer than a page with every word: any of them, best first (more words only can help).
    if (found.total < query.perPage && widened.groups.length > 1) {
      const loose = await anyOfTheWords(database, query, { ...wider, mode: 'any' }, meaning, today);
      if (loose.total > found.total) {
        found = loose;
        relaxed = true;
      }
    }
  }
  return {
    total: found.total,
    page: query.page,
    perPage: query.perPage,
    place: meaning.place,
    placeWords: meaning.placeWords,
    textWithoutPlace: meaning.placeWords === null ? null : meaning.rest.join(' '),
    didYouMean,
    // The corrections were searched along with the words as typed.
    searchedFor: found.total > 0 ? didYouMean : null,
    anyWord: relaxed,
    results: found.hits.map(toHit),
    facets: found.facets,
  };
}
