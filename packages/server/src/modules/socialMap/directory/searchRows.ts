/**
 * The search rows (service_search): the narrow copy of a service that a search reads for every
 * match, rebuilt from the service row whenever the directory writer or a manager changes it.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { termLanesSql } from './termMasks.ts';

/**
 * Rebuild the search rows of the given services (their words, weights and what the filters and
 * facets read) and add their words to the lexicon.
 */
export async function refreshSearch(tx: Db, serviceIds: string[]): Promise<void> {
  for (let i = 0; i < serviceIds.length; i += 5000) {
    const ids = serviceIds.slice(i, i + 5000);
    const idList = sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    await tx.execute(searchRowsSql(sql`s.id IN (${idList})`));
    await tx.execute(sql`
      INSERT INTO search_lexicon (word)
      SELECT DISTINCT w FROM services s,
        regexp_split_to_table(lower(unaccent(s.name || ' ' || coalesce(s.alternate_name, '') || ' ' || s.description)), '[^a-z0-9]+') AS w
      WHERE s.id IN (${idList}) AND length(w) BETWEEN 3 AND 40
      ON CONFLICT (word) DO NOTHING`);
  }
}

/**
 * Search rows of services written before the search had its own table, or whose term mask was
 * filled in since: built once, at start.
 */
export async function fillSearchRows(db: Db): Promise<void> {
  await db.execute(
    searchRowsSql(sql`NOT EXISTS (SELECT 1 FROM service_search x
      WHERE x.service_id = s.id AND x.term_mask = s.term_mask)`),
  );
}

/** A name as typed, as the core's nameKey folds it: lower case, no accents, spaces collapsed. */
export function nameKeySql(name: SQL): SQL {
  return sql`btrim(regexp_replace(lower(unaccent(${name})), '\s+', ' ', 'g'))`;
}

/** Insert or replace the search rows of the services the condition selects (services s). */
function searchRowsSql(condition: SQL): SQL {
  return sql`
    INSERT INTO service_search (service_id, term_mask, term_lanes, age_min_months, age_max_months, latitude,
      longitude, rank_norm, active, pregnant, free_of_charge, serves_flanders, serves_beyond_province,
      name, area_provinces, area_municipalities, rank_vector, extra_vector, name_key, organization_key)
    SELECT s.id, coalesce(s.term_mask, 0), ${termLanesSql(sql`coalesce(s.term_mask, 0)`)}, s.age_min_months, s.age_max_months, s.latitude,
      s.longitude,
      -- ts_rank's length normalisation (1): divide by log2(1 + the number of positions).
      CASE WHEN v.positions = 0 THEN 1 ELSE ln(v.positions + 1) / ln(2) END,
      s.status <> 'defunct', s.during_pregnancy OR coalesce(s.age_min_months < 0, false),
      s.free_of_charge, s.serves_flanders, s.serves_beyond_province, s.name, s.area_provinces,
      s.area_municipalities, v.rank_vector, v.extra_vector, ${nameKeySql(sql`s.name`)},
      ${nameKeySql(sql`o.name`)}
    FROM services s
    JOIN organizations o ON o.id = s.organization_id
    CROSS JOIN LATERAL (
      SELECT
        setweight(to_tsvector('omringd_nl', s.name || ' ' || coalesce(s.alternate_name, '')), 'A') ||
        setweight(to_tsvector('omringd_nl', o.name || ' ' || coalesce(o.alternate_name, '')), 'B') ||
        setweight(to_tsvector('omringd_nl', s.description || ' ' || coalesce(s.application_process, '') || ' ' || coalesce(s.eligibility_description, '')), 'C')
          AS rank_vector,
        strip(to_tsvector('omringd_nl', coalesce(s.search_extra, ''))) AS extra_vector
    ) w
    CROSS JOIN LATERAL (
      SELECT w.rank_vector, w.extra_vector,
        (SELECT coalesce(sum(coalesce(array_length(u.positions, 1), 1)), 0)
         FROM unnest(w.rank_vector) u)::float8 AS positions
    ) v
    WHERE ${condition}
    ON CONFLICT (service_id) DO UPDATE SET
      term_mask = excluded.term_mask, term_lanes = excluded.term_lanes, age_min_months = excluded.age_min_months,
      age_max_months = excluded.age_max_months, latitude = excluded.latitude,
      longitude = excluded.longitude, rank_norm = excluded.rank_norm, active = excluded.active,
      pregnant = excluded.pregnant, free_of_charge = excluded.free_of_charge,
      serves_flanders = excluded.serves_flanders,
      serves_beyond_province = excluded.serves_beyond_province, name = excluded.name,
      area_provinces = excluded.area_provinces, area_municipalities = excluded.area_municipalities,
      rank_vector = excluded.rank_vector, extra_vector = excluded.extra_vector,
      name_key = excluded.name_key, organization_key = excluded.organization_key`;
}
