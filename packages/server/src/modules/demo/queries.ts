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

/**
 * Links a demo supporter to each case whose network has a person called by the name given
 * ("Tante Samira"), as if the family had invited them.
 */
export async function linkSupporterByNetworkName(
  db: Db,
  input: { userId: string; networkName: string; invitedBy: string },
  now: Date,
): Promise<number> {
  const added = await rows<{ case_id: string }>(
    db,
    sql`
    INSERT INTO case_supporters (case_id, user_id, network_person_id, invited_by_name, created_at)
    SELECT p.case_id, ${input.userId}::uuid, person->>'id', ${input.invitedBy},
      ${now.toISOString()}::timestamptz
    FROM case_file_parts p, jsonb_array_elements(p.content->'people') person
    WHERE p.part = 'network' AND person->>'name' = ${input.networkName}
    ON CONFLICT DO NOTHING
    RETURNING case_id`,
  );
  return added.length;
}
