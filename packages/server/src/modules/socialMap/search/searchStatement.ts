/**
 * The one statement of a social-map search: the matches of the text and the place are read once
 * from the search rows (service_search) and materialised with their rank and a flag per filter
 * the search sets; the page of hits, the totals and the facet counts are all read from them.
 */
import {
  facetFilters,
  type FacetFilter,
  type FamilyPlace,
  type ServiceSearchQuery,
  type TermFacet,
} from '@omringd/core';
import { groupTsquery } from '@omringd/core';
import { sql, type SQL } from 'drizzle-orm';
import { distanceKmSql, tsqueryOf, type buildFilters, type TextPlan } from './filters.ts';
import { nameScore, rowHas, textRank } from './textMatch.ts';

export type HitRow = {
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
  latitude: number | null;
  longitude: number | null;
  /** In a search for any of the words: the words this service was found without. */
  missing: string[] | null;
};

export type SearchRow = {
  hits: HitRow[] | null;
  total: number;
  free: number;
  pregnant: number;
  /** Per facet, the sum of the term lanes of the matches it counts, as decimal text. */
  lanes: Record<TermFacet, string | null>;
};

/** The facet filters this search sets, in a fixed order. */
export function presentFacetFilters(filters: ReturnType<typeof buildFilters>): FacetFilter[] {
  return facetFilters.filter((f) => filters.has(f));
}

/**
 * Relevance, raised by half for a service offered in the family's own province (not only from
 * beyond it), and damped by distance when the family's place is known (25 km halves the score).
 */
function orderSql(ranked: boolean, place: FamilyPlace | null): SQL {
  const hasDistance = place?.centre != null;
  const relevance = place === null ? sql`rank` : sql`rank * (1 + 0.5 * local::int)`;
  if (ranked && hasDistance) return sql`${relevance} / (1 + coalesce(km, 150) / 25) DESC, name, id`;
  if (ranked) return sql`${relevance} DESC, name, id`;
  if (hasDistance) return sql`km ASC NULLS LAST, name, id`;
  if (place !== null) return sql`local DESC, name, id`;
  return sql`name, id`;
}

/** Offered in the family's province or municipality (not only from beyond it). */
function localSql(place: FamilyPlace | null): SQL {
  if (place === null) return sql`false`;
  const nis = place.municipalities.map((m) => sql`${m.nis}`);
  return sql`(${place.province} = ANY(s.area_provinces)${
    nis.length === 0
      ? sql``
      : sql` OR s.area_municipalities && ARRAY[${sql.join(nis, sql`, `)}]::text[]`
  })`;
}

/** A name typed as a whole weighs more than any number of words. */
const NAME_WEIGHT = 10;

/**
 * The CTEs that give every match its rank (and, for a search for any of the words, the words it
 * was found without), from the search rows the filters select. All words (the strict search):
 * the text rank. Any word: the words it has, each weighted by how rare it is among the matches
 * (ln(1 + matches / matches with the word)), the text rank breaking ties. A name typed as a whole
 * weighs more than any number of words either way.
 */
function rankedSql(plan: TextPlan, select: SQL, from: SQL): SQL {
  const tsquery = tsqueryOf(plan);
  const text = tsquery === null ? sql`0::float8` : textRank(tsquery);
  const name = plan.namePhrase === null ? sql`0` : nameScore(plan.namePhrase);
  if (plan.mode === 'all' || plan.groups.length === 0)
    return sql`base AS MATERIALIZED (
      SELECT ${select}, ${name} * ${NAME_WEIGHT} + ${text} AS rank, NULL::text[] AS missing
      FROM ${from})`;
  const m = (i: number) => sql.raw(`m_${i}`);
  const known = plan.rarity?.weights;
  const w = (i: number) =>
    known === undefined ? sql.raw(`w_${i}`) : sql`${known[i] ?? 0}::float8`;
  const indices = plan.groups.map((_g, i) => i);
  // Ranked by the words each has: the text rank of every match would cost more than it tells.
  return sql`matched AS MATERIALIZED (
      SELECT ${select}, ${name} AS name_score, ${text} AS text_rank,
        ${sql.join(
          plan.groups.map((g, i) => sql`${rowHas(groupTsquery(g))} AS ${m(i)}`),
          sql`, `,
        )}
      FROM ${from}),
    weights AS (
      SELECT ${
        known === undefined
          ? sql.join(
              indices.map(
                (i) =>
                  sql`ln(1 + count(*)::float8 / greatest(1, count(*) FILTER (WHERE ${m(i)}))) AS ${sql.raw(`w_${i}`)}`,
              ),
              sql`, `,
            )
          : sql`1 AS known`
      }
      FROM ${known === undefined ? sql`matched` : sql`(SELECT 1) one`}),
    base AS MATERIALIZED (
      SELECT matched.*,
        name_score * ${NAME_WEIGHT} + ${sql.join(
          indices.map((i) => sql`${w(i)} * ${m(i)}::int`),
          sql` + `,
        )} + 0.1 * text_rank AS rank,
        array_remove(ARRAY[${sql.join(
          plan.groups.map((g, i) => sql`CASE WHEN ${m(i)} THEN NULL ELSE ${g.word}::text END`),
          sql`, `,
        )}], NULL) AS missing
      FROM matched, weights)`;
}

export function searchSql(
  query: ServiceSearchQuery,
  filters: ReturnType<typeof buildFilters>,
  plan: TextPlan,
  place: FamilyPlace | null,
  today: string,
): SQL {
  // Only the filters the search sets get a flag: an absent filter would be a constant true that
  // the planner and every count would still have to carry.
  const present = presentFacetFilters(filters);
  /** A match passes every filter the search sets but `except`. */
  const passes = (except?: FacetFilter) => {
    const flags = present.filter((f) => f !== except).map((f) => `f_${f}`);
    return sql.raw(flags.length === 0 ? 'true' : flags.join(' AND '));
  };
  const where = [sql`s.active`];
  for (const name of ['text', 'place'] as const) {
    const filter = filters.get(name);
    if (filter !== undefined) where.push(filter);
  }
  const flagColumns = present.map((f) => sql`, (${filters.get(f)}) AS ${sql.raw(`f_${f}`)}`);
  // Each facet's terms count under every filter but the facet's own; identical sums (no filter
  // set, say) are computed once by PostgreSQL.
  const lanes = (facet: TermFacet) => sql`sum(term_lanes) FILTER (WHERE ${passes(facet)})::text`;
  const ranked = tsqueryOf(plan) !== null || plan.namePhrase !== null;
  const order = orderSql(ranked, place);
  return sql`
    WITH ${rankedSql(
      plan,
      sql`s.service_id AS id, s.name, s.term_lanes, s.free_of_charge IS TRUE AS free, s.pregnant,
        ${distanceKmSql(place)} AS km, ${localSql(place)} AS local ${sql.join(flagColumns, sql``)}`,
      sql`service_search s WHERE ${sql.join(where, sql` AND `)}`,
    )},
    top AS (
      SELECT id, km, rank, name, missing, local FROM base WHERE ${passes()}
      ORDER BY ${order}
      LIMIT ${query.perPage}::int OFFSET ${(query.page - 1) * query.perPage}::int
    ),
    -- Numbered after the limit: a window over every match would sort them all, where the limit
    -- alone keeps only the best few while reading (top-N heapsort).
    page AS (
      SELECT id, km, missing, row_number() OVER (ORDER BY ${order}) AS ord FROM top
    ),
    counts AS (
      SELECT count(*) FILTER (WHERE ${passes()})::int AS total,
        count(*) FILTER (WHERE free AND ${passes('free')})::int AS free,
        count(*) FILTER (WHERE pregnant AND ${passes('age')})::int AS pregnant,
        json_build_object('targetGroup', ${lanes('targetGroup')}, 'modality', ${lanes('modality')},
          'domain', ${lanes('domain')}) AS lanes
      FROM base
    )
    SELECT counts.total, counts.free, counts.pregnant, counts.lanes,
      (SELECT json_agg(h ORDER BY h.ord) FROM (
        SELECT p.ord, s.id, s.name, s.alternate_name, s.organization_id, o.name AS organization_name,
          s.description, s.application_process, s.age_min_months, s.age_max_months, s.during_pregnancy,
          s.free_of_charge, s.serves_flanders, s.serves_beyond_province, s.area_provinces,
          s.area_municipalities, s.term_codes, s.latitude, s.longitude, p.km, p.missing, ph.number AS phone_number,
          ph.description AS phone_description,
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
