/**
 * The sealer: chains the committed audit rows in order (the database function `audit_seal`,
 * migration 0019), on a short beat so a row is sealed within about a second. Across instances one
 * seals at a time (an advisory lock); the others find the turn taken and wait for the next beat.
 * A failed turn (the database away) is logged once, and the next beat tries again.
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db/database.ts';

const BATCH = 5_000;

/** Seals what is committed now, in batches; answers how many rows it sealed (0 if another did). */
export async function sealAuditTrail(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const [turn] = await rows<{ sealed: number }>(db, sql`SELECT audit_seal(${BATCH}) AS sealed`);
    const sealed = turn?.sealed ?? 0;
    if (sealed <= 0) return total;
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

/** How many rows wait for the sealer now (for the metrics). */
export async function unsealedRows(db: Db): Promise<number> {
  const [waiting] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM audit_unsealed`,
  );
  return waiting?.n ?? 0;
}

export type AuditSealer = { stop(): Promise<void> };

export function startAuditSealer(
  db: Db,
  options: { everyMs?: number; log?: (line: string) => void } = {},
): AuditSealer {
  const everyMs = options.everyMs ?? 500;
  const log =
    options.log ??
    ((line: string) => {
      console.error(line);
    });
  let failing = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let turn: Promise<void> = Promise.resolve();
  const beat = async () => {
    try {
      await sealAuditTrail(db);
      if (failing) log('The audit sealer works again.');
      failing = false;
    } catch (error) {
      if (!failing)
        log(
          `The audit sealer could not seal (${error instanceof Error ? error.message : String(error)}); it tries again every ${String(everyMs)} ms.`,
        );
      failing = true;
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      turn = beat().finally(schedule);
    }, everyMs);
    timer.unref();
  };
  schedule();
  return {
    /** Stops the beat and seals once more, so a stop leaves nothing unsealed behind. */
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await turn;
      await beat();
    },
  };
}
