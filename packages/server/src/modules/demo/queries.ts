/** The demo on the protected tables: its parents linked to their families. */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db/database.ts';

/**
 * Links the account to the family whose details name an adult so, as that member; answers how
 * many links were added (0 when it was linked already, or no family names them).
 */
export async function linkParentByName(
  db: Db,
  input: { userId: string; name: string },
  now: Date,
): Promise<number> {
  const added = await rows<{ family_id: string }>(
    db,
    sql`
    INSERT INTO family_parents (family_id, user_id, member_id, created_at)
    SELECT d.family_id, ${input.userId}::uuid, m->>'id', ${now.toISOString()}::timestamptz
    FROM family_details d, jsonb_array_elements(d.details->'members') m
    WHERE m->>'kind' = 'adult' AND m->>'name' = ${input.name}
    ON CONFLICT DO NOTHING
    RETURNING family_id`,
  );
  return added.length;
}
