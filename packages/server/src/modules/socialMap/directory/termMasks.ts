/**
 * Term masks of services written before the mask existed (or after a term got its bit): filled
 * in SQL from the term codes and the core's bit table, once, at start.
 */
import { termBits, termLane } from '@omringd/core';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';

export async function fillTermMasks(db: Db): Promise<void> {
  const cases = Object.entries(termBits).map(
    ([code, bit]) => sql`WHEN ${code} THEN ${sql.raw(String(2 ** bit))}::bigint`,
  );
  await db.execute(sql`
    UPDATE services s SET term_mask = (
      SELECT coalesce(sum(CASE t ${sql.join(cases, sql` `)} ELSE 0 END), 0)::bigint FROM unnest(s.term_codes) t)
    WHERE s.term_mask IS NULL`);
}

/**
 * A service's term lanes (core termLanes) from its term mask, with the lane values written out
 * as exact numeric literals by the core.
 */
export function termLanesSql(mask: SQL): SQL {
  const lanes = Object.keys(termBits).map((code) => {
    const bit = termBits[code] ?? 0;
    return sql`CASE WHEN ${mask} & ${sql.raw(String(2 ** bit))}::bigint <> 0 THEN ${sql.raw(String(termLane(code)))}::numeric ELSE 0 END`;
  });
  return sql`(${sql.join(lanes, sql` + `)})`;
}
