/**
 * The chain's head, anchored outside the database. Whoever controls the database (a superuser
 * can switch triggers off) could rewrite the trail from some row on and re-chain it, or cut off
 * its tail; the chain alone would still verify. An anchor is the head (row count and hash) at a
 * moment, sealed with an HMAC whose key never enters the database (derived from the server's
 * file key), appended daily to a file the operator keeps elsewhere, written to the log and, when
 * configured, sent by e-mail. `verify-audit --anchor FILE` then finds a rewritten or truncated
 * chain: each anchored row must still exist with the anchored hash.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { appendFile, chmod, readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { rows, type Db } from '../../platform/db/database.ts';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const anchorSchema = z.object({
  at: z.iso.datetime(),
  rows: z.number().int().nonnegative(),
  hash: hex64,
  mac: hex64,
});
export type Anchor = z.infer<typeof anchorSchema>;

/** The anchor key: from the file key, for this purpose only (HKDF), never stored in the database. */
export function anchorKey(fileKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, 'omringd', 'audit chain anchor', 32));
}

const macOf = (key: Buffer, a: Omit<Anchor, 'mac'>) =>
  createHmac('sha256', key).update(`${a.at}\n${a.rows}\n${a.hash}`).digest('hex');

/** The last link of the chain: how many rows are sealed, and the last one's hash. */
async function chainHead(db: Db): Promise<{ rows: number; hash: string }> {
  const [head] = await rows<{ position: string; hash: string }>(
    db,
    sql`SELECT c.position::text AS position, c.hash FROM audit_chain c ORDER BY c.position DESC LIMIT 1`,
  );
  return { rows: Number(head?.position ?? 0), hash: head?.hash ?? '0'.repeat(64) };
}

/** The anchor of the chain as sealed now (the caller seals first to include what just committed). */
export async function currentAnchor(db: Db, key: Buffer, at: Date): Promise<Anchor> {
  const head = await chainHead(db);
  return sealAnchor(key, { at: at.toISOString(), rows: head.rows, hash: head.hash });
}

/** An anchor of a head, sealed with the key. */
export function sealAnchor(key: Buffer, head: Omit<Anchor, 'mac'>): Anchor {
  return { ...head, mac: macOf(key, head) };
}

/** Appends the anchor as one JSON line to the operator's file (readable by the owner only). */
export async function appendAnchor(file: string, anchor: Anchor): Promise<void> {
  await appendFile(file, `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
}

export type AnchorReport =
  | { ok: true; anchors: number; latest: Anchor | null }
  | { ok: false; line: number; problem: string };

/**
 * Checks every anchor of the file against the trail: its seal, that the row it names still exists
 * with the same hash, and that the trail has not become shorter since.
 */
export async function verifyAnchors(db: Db, key: Buffer, file: string): Promise<AnchorReport> {
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const headRows = (await chainHead(db)).rows;
  let latest: Anchor | null = null;
  for (const [i, line] of lines.entries()) {
    const fail = (problem: string): AnchorReport => ({ ok: false, line: i + 1, problem });
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return fail('the line is not an anchor (not JSON)');
    }
    const read = anchorSchema.safeParse(parsed);
    if (!read.success) return fail('the line is not an anchor (at, rows, hash, mac)');
    const anchor = read.data;
    const expected = Buffer.from(macOf(key, anchor), 'hex');
    const given = Buffer.from(anchor.mac, 'hex');
    if (!timingSafeEqual(given, expected))
      return fail('its seal does not match: the line was changed, or made with another key');
    if (anchor.rows > headRows)
      return fail(
        `the trail was cut short: the anchor of ${anchor.at} names ${anchor.rows} rows, the trail now has ${headRows}`,
      );
    if (anchor.rows > 0) {
      const [row] = await rows<{ hash: string }>(
        db,
        sql`SELECT hash FROM audit_chain WHERE position = ${anchor.rows}`,
      );
      if (row === undefined)
        return fail(`row ${anchor.rows}, anchored on ${anchor.at}, is missing from the trail`);
      if (row.hash !== anchor.hash)
        return fail(
          `the trail was rewritten: row ${anchor.rows} no longer has the hash anchored on ${anchor.at}`,
        );
    }
    latest = anchor;
  }
  return { ok: true, anchors: lines.length, latest };
}
