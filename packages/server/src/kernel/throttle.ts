/**
 * Sign-in throttling that concurrency cannot bypass. An attempt is counted *before* it is checked,
 * in one statement per key (INSERT … ON CONFLICT DO UPDATE … RETURNING): of a hundred requests at
 * once, exactly the limit get their password or code checked; the others are refused unchecked.
 * Counts live in the database, so they hold across server instances. A fixed window per key.
 *
 * Keys are separate so one success cannot clear another's failures: a correct password resets
 * the password count, never the second factor's; the second factor's count is reset only by a
 * correct code, so a stolen password gives no fresh guesses at the code.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { rows } from '../platform/db/database.ts';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export const limits = {
  /** Wrong passwords for one account. */
  password: 5,
  /** Attempts of any kind from one network address. */
  address: 30,
  /** Wrong codes for one account's second factor: the step locks for the rest of the window. */
  secondFactor: 5,
  /** Wrong current passwords when changing the password. */
  passwordChange: 5,
} as const;

export type ThrottleKey = { key: string; limit: number };

export const passwordKey = (email: string): ThrottleKey => ({
  key: `password:${email.trim().toLowerCase()}`,
  limit: limits.password,
});
export const addressKey = (ip: string | null): ThrottleKey => ({
  key: `address:${ip ?? 'unknown'}`,
  limit: limits.address,
});
export const secondFactorKey = (userId: string): ThrottleKey => ({
  key: `second-factor:${userId}`,
  limit: limits.secondFactor,
});
export const passwordChangeKey = (userId: string): ThrottleKey => ({
  key: `password-change:${userId}`,
  limit: limits.passwordChange,
});

/**
 * Counts one attempt on every key, atomically per key. Returns when the caller may try again if
 * any key is over its limit (the attempt must then not be checked), or null to go ahead.
 */
export async function countAttempt(
  db: Db,
  keys: readonly ThrottleKey[],
  now: Date,
): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  let blockedUntil: Date | null = null;
  for (const { key, limit } of keys) {
    const [row] = await rows<{ attempts: number; window_started_at: Date | string }>(
      db,
      sql`INSERT INTO auth_attempts AS a (key, window_started_at, attempts)
          VALUES (${key}, ${now}, 1)
          ON CONFLICT (key) DO UPDATE SET
            attempts = CASE WHEN a.window_started_at <= ${windowStart} THEN 1 ELSE a.attempts + 1 END,
            window_started_at = CASE WHEN a.window_started_at <= ${windowStart}
                                     THEN ${now} ELSE a.window_started_at END
          RETURNING attempts, window_started_at`,
    );
    if (row === undefined || row.attempts <= limit) continue;
    const until = new Date(new Date(row.window_started_at).getTime() + THROTTLE_WINDOW_MS);
    if (blockedUntil === null || until > blockedUntil) blockedUntil = until;
  }
  return blockedUntil;
}

/** The attempt succeeded: this key starts afresh (the account's password, the second factor). */
export async function resetAttempts(db: Db, key: ThrottleKey): Promise<void> {
  await db.execute(sql`DELETE FROM auth_attempts WHERE key = ${key.key}`);
}

/** The attempt succeeded: it no longer counts against this key (an office's shared address). */
export async function refundAttempt(db: Db, key: ThrottleKey): Promise<void> {
  await db.execute(
    sql`UPDATE auth_attempts SET attempts = greatest(attempts - 1, 0) WHERE key = ${key.key}`,
  );
}
