/**
 * Social-map search on the database's own full-text index: Dutch stemming without accents,
 * prefix matching while typing (which also finds compounds: "mantelzorg" → "mantelzorgers"),
 * "did you mean" from the lexicon on a typo, facet counts, and ranking by relevance and distance.
 */
import { searchTerms, type ServiceSearchQuery } from '@omringd/core';
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../db/database.ts';
import { buildFilters, whereClause, type FilterName } from './filters.ts';
import { resolvePlace, type FamilyPlace } from './place.ts';
import { suggestCorrection } from './lexicon.ts';

export type ServiceHit = {
  id: string;
  name: string;
  alternateName: string | null;
  organizationId: string;
  organizationName: string;
  description: string;
  applicationProcess: string | null;
  ageMinMonths: number | null;
  ageMaxMonths: number | null;
  duringPregnancy: boolean;
  freeOfCharge: boolean | null;
  servesFlanders: boolean;
  servesBeyondProvince: boolean;
  areaProvinces: string[];
  areaMunicipalities: string[];
  termCodes: string[];
  distanceKm: number | null;
  phone: { number: string; description: string | null } | null;
  locations: string[];
};

export type FacetCount = { value: string; count: number };

export type ServiceSearchResult = {
  total: number;
  page: number;
  perPage: number;
  place: FamilyPlace | null;
  didYouMean: string | null;
  /** Set when the typed words found nothing and the corrected words were searched instead. */
  searchedFor: string | null;
  results: ServiceHit[];
  facets: {
    targetGroup: FacetCount[];
    modality: FacetCount[];
    domain: FacetCount[];
    free: number;
    pregnant: number;
  };
};

/** Terms are folded to [a-z0-9] by the core, so joining them into tsquery syntax is safe. */
export function toTsquery(terms: string[]): string | null {
  return terms.length === 0 ? null : terms.map((t) => `${t}:*`).join(' & ');
}

function distanceSql(place: FamilyPlace | null): SQL {
  if (place?.centre == null) return sql`NULL::float8`;
  const { lat, lon } = place.centre;
  return sql`CASE WHEN s.latitude IS NULL THEN NULL ELSE 2 * 6371 * asin(sqrt(
    power(sin(radians(s.latitude - ${lat}::float8) / 2), 2) +
    cos(radians(${lat}::float8)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ${lon}::float8) / 2), 2))) END`;
}

function orderSql(tsquery: string | null, place: FamilyPlace | null): SQL {
  const hasDistance = place?.centre != null;
  const rank =
    tsquery === null
      ? null
      : sql`ts_rank_cd(s.search_vector, to_tsquery('omringd_nl', ${tsquery}), 1)`;
  if (rank && hasDistance) return sql`${rank} / (1 + coalesce(d.km, 150) / 25) DESC, s.name`;
  if (rank) return sql`${rank} DESC, s.name`;
  if (hasDistance) return sql`d.km ASC NULLS LAST, s.name`;
  return sql`s.name`;
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
  total: string | number;
  phone_number: string | null;
  phone_description: string | null;
  location_names: string[] | null;
};

export function pageSql(
  query: ServiceSearchQuery,
  filters: ReturnType<typeof buildFilters>,
  tsquery: string | null,
  place: FamilyPlace | null,
  today: string,
): SQL {
  const offset = (query.page - 1) * query.perPage;
  return sql`
    SELECT s.id, s.name, s.alternate_name, s.organization_id, o.name AS organization_name, s.description,
      s.application_process, s.age_min_months, s.age_max_months, s.during_pregnancy, s.free_of_charge,
      s.serves_flanders, s.serves_beyond_province, s.area_provinces, s.area_municipalities, s.term_codes,
      d.km, count(*) OVER () AS total,
      ph.number AS phone_number, ph.description AS phone_description,
      ARRAY(SELECT l.name FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
            WHERE sal.service_id = s.id ORDER BY l.name) AS location_names
    FROM services s
    JOIN organizations o ON o.id = s.organization_id
    CROSS JOIN LATERAL (SELECT ${distanceSql(place)} AS km) d
    LEFT JOIN LATERAL (
      SELECT p.number, p.description FROM phones p
      WHERE (p.service_id = s.id OR (p.service_id IS NULL AND p.organization_id = s.organization_id))
        AND (p.valid_from IS NULL OR p.valid_from <= ${today}::date) AND (p.valid_to IS NULL OR p.valid_to >= ${today}::date)
      ORDER BY (p.service_id IS NULL), p.position LIMIT 1) ph ON true
    WHERE ${whereClause(filters)}
    ORDER BY ${orderSql(tsquery, place)}
    LIMIT ${query.perPage}::int OFFSET ${offset}::int`;
}

export function facetsSql(filters: ReturnType<typeof buildFilters>): SQL {
  const termFacet = (name: FilterName, prefixes: string[]) => sql`
    SELECT ${name}::text AS facet, t AS value, count(*)::int AS count
    FROM services s, unnest(s.term_codes) t
    WHERE ${whereClause(filters, name)} AND (${sql.join(
      prefixes.map((p) => sql`t LIKE ${`${p}:%`}`),
      sql` OR `,
    )})
    GROUP BY t`;
  return sql`
    ${termFacet('targetGroup', ['target-group'])}
    UNION ALL ${termFacet('modality', ['modality'])}
    UNION ALL ${termFacet('domain', ['hvhk-domain', 'life-domain'])}
    UNION ALL SELECT 'free', 'true', count(*)::int FROM services s WHERE ${whereClause(filters, 'free')} AND s.free_of_charge IS TRUE
    UNION ALL SELECT 'pregnant', 'true', count(*)::int FROM services s WHERE ${whereClause(filters, 'age')} AND (s.during_pregnancy OR s.age_min_months < 0)`;
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

export async function searchServices(
  db: Db,
  query: ServiceSearchQuery,
  today: string,
): Promise<ServiceSearchResult> {
  const place = await resolvePlace(db, query);
  const terms = searchTerms(query.q);
  let tsquery = toTsquery(terms);
  let filters = buildFilters(query, tsquery, place);
  let hits = await rows<HitRow>(db, pageSql(query, filters, tsquery, place, today));
  let didYouMean: string | null = null;
  let searchedFor: string | null = null;

  if (hits.length === 0 && terms.length > 0 && query.page === 1) {
    const corrected = await suggestCorrection(db, terms);
    if (corrected !== null) {
      didYouMean = corrected.join(' ');
      const correctedTsquery = toTsquery(corrected);
      const correctedFilters = buildFilters(query, correctedTsquery, place);
      const correctedHits = await rows<HitRow>(
        db,
        pageSql(query, correctedFilters, correctedTsquery, place, today),
      );
      if (correctedHits.length > 0) {
        hits = correctedHits;
        tsquery = correctedTsquery;
        filters = correctedFilters;
        searchedFor = didYouMean;
      }
    }
  }

  const facetRows = await rows<{ facet: string; value: string; count: number }>(
    db,
    facetsSql(filters),
  );
  const facet = (name: string, prefixes: string[]) =>
    facetRows
      .filter((f) => f.facet === name)
      .map((f) => ({
        value: prefixes.reduce((v, p) => v.replace(`${p}:`, ''), f.value),
        count: f.count,
      }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    total: Number(hits[0]?.total ?? 0),
    page: query.page,
    perPage: query.perPage,
    place,
    didYouMean,
    searchedFor,
    results: hits.map(toHit),
    facets: {
      targetGroup: facet('targetGroup', ['target-group']),
      modality: facet('modality', ['modality']),
      domain: facet('domain', ['hvhk-domain', 'life-domain']),
      free: facetRows.find((f) => f.facet === 'free')?.count ?? 0,
      pregnant: facetRows.find((f) => f.facet === 'pregnant')?.count ?? 0,
    },
  };
}
