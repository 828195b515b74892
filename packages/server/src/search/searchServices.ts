/**
 * Social-map search on the database's own full-text index: Dutch stemming without accents,
 * prefix matching while typing (which also finds compounds: "mantelzorg" → "mantelzorgers"),
 * "did you mean" from the lexicon on a typo, facet counts, and ranking by relevance and distance.
 */
import {
  searchTerms,
  termBits,
  type FamilyPlace,
  type ServiceHit,
  type ServiceSearchQuery,
  type ServiceSearchResult,
} from '@omringd/core';
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../db/database.ts';
import { buildFilters, distanceKmSql, type FilterName } from './filters.ts';
import { resolvePlace } from './place.ts';
import { suggestCorrection } from './lexicon.ts';

export type { FacetCount, ServiceHit, ServiceSearchResult } from '@omringd/core';

/** Terms are folded to letters and digits by the core, so joining them into tsquery syntax is safe. */
export function toTsquery(terms: string[]): string | null {
  return terms.length === 0 ? null : terms.map((t) => `${t}:*`).join(' & ');
}

/** Relevance, damped by distance when the family's place is known (25 km halves the score). */
function orderSql(tsquery: string | null, place: FamilyPlace | null): SQL {
  const hasDistance = place?.centre != null;
  if (tsquery !== null && hasDistance)
    return sql`rank / (1 + coalesce(km, 150) / 25) DESC, name, id`;
  if (tsquery !== null) return sql`rank DESC, name, id`;
  if (hasDistance) return sql`km ASC NULLS LAST, name, id`;
  return sql`name, id`;
}

type HitRow = {
  id: string;
  name: string;
  alternate_name: string | null;
  organization_id: string;
  organization_name: string;
  description: string;
  application_process: string | null;
  age_min_months: number | null;
  age_max_months: number | null;
  during_pregnancy: boolean;
  free_of_charge: boolean | null;
  serves_flanders: boolean;
  serves_beyond_province: boolean;
  area_provinces: string[];
  area_municipalities: string[];
  term_codes: string[];
  km: number | null;
  phone_number: string | null;
  phone_description: string | null;
  location_names: string[] | null;
};

type SearchRow = {
  total: number;
  free: number;
  pregnant: number;
  hits: HitRow[] | null;
  /** Count per term code, each under every filter but its own facet. */
  facets: Record<string, number> | null;
};

/** The facet a term code belongs to, by its taxonomy. */
function facetOf(code: string): FilterName {
  if (code.startsWith('target-group:')) return 'targetGroup';
  if (code.startsWith('modality:')) return 'modality';
  return 'domain';
}

/** The filters that have a facet: each facet counts with every filter but its own. */
const facetFilters: FilterName[] = ['age', 'targetGroup', 'modality', 'domain', 'free'];

/**
 * One statement, one index scan: the matches of the text and the place are materialised once,
 * with a flag per facet filter; the page, the total and every facet count are read from them.
 */
export function searchSql(
  query: ServiceSearchQuery,
  filters: ReturnType<typeof buildFilters>,
  tsquery: string | null,
  place: FamilyPlace | null,
  today: string,
): SQL {
  const flagOf = (name: FilterName) => filters.get(name) ?? sql`true`;
  const flags = (except?: FilterName) =>
    sql.raw(
      facetFilters
        .filter((f) => f !== except)
        .map((f) => `f_${f}`)
        .join(' AND '),
    );
  const rank =
    tsquery === null
      ? sql`0::real`
      : sql`ts_rank(s.search_vector, to_tsquery('omringd_nl', ${tsquery}), 1)`;
  const always = [sql`s.status <> 'defunct'`];
  for (const name of ['text', 'place'] as const) {
    const filter = filters.get(name);
    if (filter !== undefined) always.push(filter);
  }
  // Each term counts under the flags of every filter but its own facet: integer tests on the
  // term mask, all terms in one pass over the matches.
  const termCounts = sql.join(
    Object.entries(termBits).map(
      ([code, bit]) =>
        sql`${code}::text, count(*) FILTER (WHERE term_mask & ${sql.raw(String(2 ** bit))}::bigint <> 0 AND ${flags(facetOf(code))})`,
    ),
    sql`, `,
  );
  return sql`
    WITH base AS MATERIALIZED (
      SELECT s.id, s.name, s.term_mask, s.free_of_charge, (s.during_pregnancy OR s.age_min_months < 0) AS pregnant,
        ${distanceKmSql(place)} AS km, ${rank} AS rank,
        ${sql.join(
          facetFilters.map((f) => sql`(${flagOf(f)}) AS ${sql.raw(`f_${f}`)}`),
          sql`, `,
        )}
      FROM services s WHERE ${sql.join(always, sql` AND `)}
    ),
    top AS (
      SELECT id, km, rank, name FROM base WHERE ${flags()}
      ORDER BY ${orderSql(tsquery, place)}
      LIMIT ${query.perPage}::int OFFSET ${(query.page - 1) * query.perPage}::int
    ),
    -- Numbered after the limit: a window over every match would sort them all, where the limit
    -- alone keeps only the best few while reading (top-N heapsort).
    page AS (
      SELECT id, km, row_number() OVER (ORDER BY ${orderSql(tsquery, place)}) AS ord FROM top
    ),
    facets AS (
      SELECT json_build_object(${termCounts}) AS counts FROM base
    ),
    counts AS (
      SELECT count(*) FILTER (WHERE ${flags()})::int AS total,
        count(*) FILTER (WHERE ${flags('free')} AND free_of_charge IS TRUE)::int AS free,
        count(*) FILTER (WHERE ${flags('age')} AND pregnant)::int AS pregnant
      FROM base
    )
    SELECT counts.total, counts.free, counts.pregnant,
      (SELECT counts FROM facets) AS facets,
      (SELECT json_agg(h ORDER BY h.ord) FROM (
        SELECT p.ord, s.id, s.name, s.alternate_name, s.organization_id, o.name AS organization_name,
          s.description, s.application_process, s.age_min_months, s.age_max_months, s.during_pregnancy,
          s.free_of_charge, s.serves_flanders, s.serves_beyond_province, s.area_provinces,
          s.area_municipalities, s.term_codes, p.km, ph.number AS phone_number, ph.description AS phone_description,
          ARRAY(SELECT l.name FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
                WHERE sal.service_id = s.id ORDER BY l.name) AS location_names
        FROM page p
        JOIN services s ON s.id = p.id
        JOIN organizations o ON o.id = s.organization_id
        LEFT JOIN LATERAL (
          SELECT x.number, x.description FROM phones x
          WHERE (x.service_id = s.id OR (x.service_id IS NULL AND x.organization_id = s.organization_id))
            AND (x.valid_from IS NULL OR x.valid_from <= ${today}::date)
            AND (x.valid_to IS NULL OR x.valid_to >= ${today}::date)
          ORDER BY (x.service_id IS NULL), x.position LIMIT 1) ph ON true
      ) h) AS hits
    FROM counts`;
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

/** Runs the search for the given words in one statement. */
export async function runSearch(
  db: Db,
  query: ServiceSearchQuery,
  words: string[],
  place: FamilyPlace | null,
  today: string,
): Promise<SearchRow> {
  const tsquery = toTsquery(words);
  const [row] = await rows<SearchRow>(
    db,
    searchSql(query, buildFilters(query, tsquery, place), tsquery, place, today),
  );
  return row ?? { total: 0, free: 0, pregnant: 0, hits: [], facets: {} };
}

export async function searchServices(
  db: Db,
  query: ServiceSearchQuery,
  today: string,
): Promise<ServiceSearchResult> {
  const place = await resolvePlace(db, query);
  const terms = searchTerms(query.q);
  let found = await runSearch(db, query, terms, place, today);
  let didYouMean: string | null = null;
  let searchedFor: string | null = null;
  if (found.total === 0 && terms.length > 0 && query.page === 1) {
    const corrected = await suggestCorrection(db, terms);
    if (corrected !== null) {
      didYouMean = corrected.join(' ');
      const again = await runSearch(db, query, corrected, place, today);
      if (again.total > 0) {
        found = again;
        searchedFor = didYouMean;
      }
    }
  }
  const counts = Object.entries(found.facets ?? {});
  const facet = (name: FilterName) =>
    counts
      .filter(([code, count]) => count > 0 && facetOf(code) === name)
      .map(([code, count]) => ({ value: code.slice(code.indexOf(':') + 1), count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    total: found.total,
    page: query.page,
    perPage: query.perPage,
    place,
    didYouMean,
    searchedFor,
    results: (found.hits ?? []).map(toHit),
    facets: {
      targetGroup: facet('targetGroup'),
      modality: facet('modality'),
      domain: facet('domain'),
      free: found.free,
      pregnant: found.pregnant,
    },
  };
}
