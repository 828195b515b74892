/**
 * Verifies the audit trail: numbers contiguous from 1, each row's prev_hash the hash of the row
 * before, and each hash recomputed from the row's fields. Reports the first broken link and the
 * head hash, which an operator can record elsewhere to detect a rewritten chain later.
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db/database.ts';

export type ChainReport =
  | { ok: true; rows: number; headHash: string }
  | { ok: false; rows: number; brokenAt: number; problem: string };

const GENESIS = '0'.repeat(64);
const BATCH = 5000;

type ChainRow = { id: string; prev_hash: string; hash: string; expected: string };

export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let previousId = 0;
  let previousHash = GENESIS;
  let checked = 0;
  for (;;) {
    const batch = await rows<ChainRow>(
      db,
      sql`SELECT a.id::text AS id, a.prev_hash, a.hash, audit_event_hash(a) AS expected
          FROM audit_events a WHERE a.id > ${previousId} ORDER BY a.id LIMIT ${BATCH}`,
    );
    for (const row of batch) {
      const id = Number(row.id);
      if (id !== previousId + 1)
        return fail(checked, previousId + 1, `row ${previousId + 1} is missing`);
      if (row.prev_hash !== previousHash)
        return fail(checked, id, `row ${id} does not follow row ${previousId} (prev_hash differs)`);
      if (row.hash !== row.expected)
        return fail(checked, id, `row ${id} was changed after it was written (hash differs)`);
      previousId = id;
      previousHash = row.hash;
      checked++;
    }
    if (batch.length < BATCH) break;
  }
  const [head] = await rows<{ last_id: string; last_hash: string }>(
    db,
    sql`SELECT last_id::text, last_hash FROM audit_chain_head`,
  );
  if (
    head !== undefined &&
    (Number(head.last_id) !== previousId || head.last_hash !== previousHash)
  )
    return fail(
      checked,
      previousId + 1,
      `rows after ${previousId} are missing (the head names ${head.last_id})`,
    );
  return { ok: true, rows: checked, headHash: previousHash };
}

function fail(rowsChecked: number, brokenAt: number, problem: string): ChainReport {
  return { ok: false, rows: rowsChecked, brokenAt, problem };
}
