/**
 * Sign-in throttling: failures are counted per account and per network address over a window.
 * Over the limit, sign-in is refused with the time it opens again; a success clears the account.
 */
import { and, count, eq, gte, lt, min } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { authFailures } from '../../platform/db/identitySchema.ts';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** When the key may try again, or null when it may try now. */
export async function blockedUntil(
  db: Db,
  key: string,
  limit: number,
  now: Date,
): Promise<Date | null> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [row] = await db
    .select({ n: count(), first: min(authFailures.at) })
    .from(authFailures)
    .where(and(eq(authFailures.key, key), gte(authFailures.at, since)));
  if (row === undefined || row.n < limit || row.first === null) return null;
  return new Date(new Date(row.first).getTime() + THROTTLE_WINDOW_MS);
}

export async function recordFailure(db: Db, keys: string[], now: Date): Promise<void> {
  await db.insert(authFailures).values(keys.map((key) => ({ key, at: now })));
}

export async function clearFailures(db: Db, key: string, now: Date): Promise<void> {
  await db
    .delete(authFailures)
    .where(and(eq(authFailures.key, key), lt(authFailures.at, new Date(now.getTime() + 1))));
}
