/**
 * The WHERE clause of a service search on the search rows (service_search s), one fragment per
 * filter, so facet counts can leave out their own filter (a facet shows what choosing another
 * value would give).
 */
import { combineTsquery, termMask, type QueryGroup, type ServiceSearchQuery } from '@omringd/core';
import { sql, type SQL } from 'drizzle-orm';
import type { FamilyPlace } from './place.ts';
import { nameMatches, textMatches } from './textMatch.ts';

/**
 * How the text is searched: every word in one of its forms ('all'), or — when that finds less
 * than a page — any of them, ranked by how many and how rare ('any'); a name typed as a whole is
 * found either way.
 */
export type TextPlan = {
  mode: 'all' | 'any';
  groups: QueryGroup[];
  namePhrase: string | null;
  /**
   * For any of the words, when the directory is large: the text-search query that brings results
   * in (a rarer word, or two common ones: a row with only one word that most services have is not
   * worth reading), and each word's weight from how many services in all have it. Absent: every word, weights from the
   * matches themselves.
   */
  rarity?: { finds: string; weights: number[] };
};

/** The text-search query that finds the rows: every word, any word, or what rarity chose. */
export const tsqueryOf = (plan: TextPlan): string | null =>
  plan.mode === 'any' && plan.rarity !== undefined
    ? plan.rarity.finds
    : combineTsquery(plan.groups, plan.mode);

/** The text's filter: the words (as the mode says) or the name; none for a search without text. */
function textFilter(plan: TextPlan): SQL | null {
  const tsquery = tsqueryOf(plan);
  const parts = [
    ...(tsquery === null ? [] : [textMatches(tsquery)]),
    ...(plan.namePhrase === null ? [] : [nameMatches(plan.namePhrase)]),
  ];
  if (parts.length === 0) return null;
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** Services with any of the terms: one integer test on the term mask. */
function hasAnyTerm(codes: string[]): SQL {
  return sql`(s.term_mask & ${sql.raw(String(termMask(codes)))}::bigint <> 0)`;
}

export type FilterName = 'text' | 'place' | 'age' | 'targetGroup' | 'modality' | 'domain' | 'free';

export function buildFilters(
  query: ServiceSearchQuery,
  plan: TextPlan,
  place: FamilyPlace | null,
): Map<FilterName, SQL> {
  const filters = new Map<FilterName, SQL>();
  const text = textFilter(plan);
  if (text !== null) filters.set('text', text);
  if (place !== null) filters.set('place', placeFilter(place));
  if (query.age === 'pregnant') {
    filters.set('age', sql`s.pregnant`);
  } else if (query.age !== undefined) {
    filters.set(
      'age',
      sql`(s.age_min_months IS NULL OR s.age_min_months <= ${query.age}::int) AND (s.age_max_months IS NULL OR s.age_max_months >= ${query.age}::int)`,
    );
  }
  if (query.targetGroup !== undefined)
    filters.set('targetGroup', hasAnyTerm([`target-group:${query.targetGroup}`]));
  if (query.modality !== undefined)
    filters.set('modality', hasAnyTerm([`modality:${query.modality}`]));
  if (query.domain !== undefined)
    filters.set(
      'domain',
      hasAnyTerm([`hvhk-domain:${query.domain}`, `life-domain:${query.domain}`]),
    );
  if (query.free === true) filters.set('free', sql`s.free_of_charge IS TRUE`);
  return filters;
}

/**
 * Services offered where the family lives. A service that serves beyond its province (or all of
 * Flanders) is found from everywhere; distance ranking then puts the nearby ones first.
 */
export function placeFilter(place: FamilyPlace): SQL {
  const nisList = place.municipalities.map((m) => m.nis);
  const byMunicipality =
    nisList.length > 0
      ? sql`s.area_municipalities && ARRAY[${sql.join(
          nisList.map((n) => sql`${n}`),
          sql`, `,
        )}]::text[]`
      : sql`s.area_municipalities && ARRAY(SELECT nis FROM municipalities WHERE province = ${place.province})`;
  return sql`(s.serves_flanders OR s.serves_beyond_province OR ${place.province} = ANY(s.area_provinces) OR ${byMunicipality})`;
}

/** Great-circle distance in km from the family's place to a row's coordinates (haversine). */
export function distanceKmSql(
  place: FamilyPlace | null,
  latitude: SQL = sql`s.latitude`,
  longitude: SQL = sql`s.longitude`,
): SQL {
  if (place?.centre == null) return sql`NULL::float8`;
  const { lat, lon } = place.centre;
  return sql`CASE WHEN ${latitude} IS NULL THEN NULL ELSE 2 * 6371 * asin(sqrt(
    power(sin(radians(${latitude} - ${lat}::float8) / 2), 2) +
    cos(radians(${lat}::float8)) * cos(radians(${latitude})) * power(sin(radians(${longitude} - ${lon}::float8) / 2), 2))) END`;
}
