/**
 * Verifies the audit trail: chain positions contiguous from 1, each link's prev_hash the hash of
 * the link before, each hash recomputed from the event it seals (which must still exist), and
 * every event either sealed or waiting in the sealer's queue. Rows not sealed yet are reported,
 * with the oldest one's time: the sealer seals within a second, so an old one means it stopped.
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db/database.ts';

export type ChainReport =
  | {
      ok: true;
      rows: number;
      headHash: string;
      unsealed: number;
      oldestUnsealedAt: string | null;
    }
  | { ok: false; rows: number; brokenAt: number; problem: string };

const GENESIS = '0'.repeat(64);
const BATCH = 5000;

type ChainRow = {
  position: string;
  event_id: string;
  prev_hash: string;
  hash: string;
  expected: string | null;
};

export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let previous = 0;
  let previousHash = GENESIS;
  for (;;) {
    const batch = await rows<ChainRow>(
      db,
      sql`SELECT c.position::text, c.event_id::text, c.prev_hash, c.hash,
            CASE WHEN a.id IS NULL THEN NULL ELSE audit_chain_hash(c.prev_hash, a) END AS expected
          FROM audit_chain c LEFT JOIN audit_events a ON a.id = c.event_id
          WHERE c.position > ${previous} ORDER BY c.position LIMIT ${BATCH}`,
    );
    for (const row of batch) {
      const position = Number(row.position);
      if (position !== previous + 1)
        return fail(previous, previous + 1, `row ${String(previous + 1)} is missing`);
      if (row.prev_hash !== previousHash)
        return fail(
          previous,
          position,
          `row ${row.position} does not follow row ${String(previous)} (prev_hash differs)`,
        );
      if (row.expected === null)
        return fail(
          previous,
          position,
          `row ${row.position} seals event ${row.event_id}, which is no longer on the trail`,
        );
      if (row.hash !== row.expected)
        return fail(
          previous,
          position,
          `row ${row.position} (event ${row.event_id}) was changed after it was written (hash differs)`,
        );
      previous = position;
      previousHash = row.hash;
    }
    if (batch.length < BATCH) break;
  }
  const [lost] = await rows<{ id: string }>(
    db,
    sql`SELECT a.id::text FROM audit_events a
        WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = a.id)
          AND NOT EXISTS (SELECT 1 FROM audit_unsealed u WHERE u.event_id = a.id)
        ORDER BY a.id LIMIT 1`,
  );
  if (lost !== undefined)
    return fail(
      previous,
      previous + 1,
      `event ${lost.id} is neither sealed nor waiting to be sealed (taken out of the sealer's queue)`,
    );
  const [vanished] = await rows<{ id: string }>(
    db,
    sql`SELECT u.event_id::text AS id FROM audit_unsealed u
        WHERE NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.id = u.event_id)
        ORDER BY u.event_id LIMIT 1`,
  );
  if (vanished !== undefined)
    return fail(
      previous,
      previous + 1,
      `event ${vanished.id} was removed from the trail before it was sealed`,
    );
  const [waiting] = await rows<{ n: string; oldest: string | null }>(
    db,
    sql`SELECT count(*)::text AS n,
          to_char(min(a.occurred_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS oldest
        FROM audit_unsealed u JOIN audit_events a ON a.id = u.event_id`,
  );
  return {
    ok: true,
    rows: previous,
    headHash: previousHash,
    unsealed: Number(waiting?.n ?? 0),
    oldestUnsealedAt: waiting?.oldest ?? null,
  };
}

function fail(rowsChecked: number, brokenAt: number, problem: string): ChainReport {
  return { ok: false, rows: rowsChecked, brokenAt, problem };
}
