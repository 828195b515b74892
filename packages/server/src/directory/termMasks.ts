/**
 * Term masks of services written before the mask existed (or after a term got its bit): filled
 * in SQL from the term codes and the core's bit table, once, at start.
 */
import { termBits } from '@omringd/core';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';

export async function fillTermMasks(db: Db): Promise<void> {
  const cases = Object.entries(termBits).map(
    ([code, bit]) => sql`WHEN ${code} THEN ${sql.raw(String(2 ** bit))}::bigint`,
  );
  await db.execute(sql`
    UPDATE services s SET term_mask = (
      SELECT coalesce(sum(CASE t ${sql.join(cases, sql` `)} ELSE 0 END), 0)::bigint FROM unnest(s.term_codes) t)
    WHERE s.term_mask IS NULL`);
}
