/**
 * Server-side sessions. The cookie holds a random token; the database holds its hash, the CSRF
 * token, the timeouts and whether the second factor is still pending. Revoking is one UPDATE and
 * takes effect on the next request.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Database, Db } from '../platform/db/database.ts';
import { sessions } from '../platform/db/identitySchema.ts';
import { membershipsOf, type AccountFacts } from './principal.ts';
import { instant, instantOrNull } from '../platform/db/instant.ts';
import { newToken, sha256Hex } from './tokens.ts';
import { caseFactsSelect, gatheredOf, type GatheredRow } from './guards/caseRelationship.ts';
import type { PrefetchedCase } from './accessContext.ts';

export const SESSION_COOKIE = 'omringd_session';
/** Without activity for this long, a session ends. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** However active, a session ends after a working day. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export type PendingStep = 'totp' | 'totp_enrolment' | 'email_code';

export type SessionRow = typeof sessions.$inferSelect;

export async function createSession(
  db: Db,
  input: {
    userId: string;
    method: 'password' | 'oidc' | 'demo' | 'passkey';
    pendingStep: PendingStep | null;
    ip: string | null;
    userAgent: string | null;
  },
  now: Date,
): Promise<{ token: string; session: SessionRow }> {
  const token = newToken();
  const [session] = await db
    .insert(sessions)
    .values({
      id: randomUUID(),
      tokenHash: sha256Hex(token),
      userId: input.userId,
      csrfToken: newToken(24),
      createdAt: now,
      lastSeenAt: now,
      absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
      authenticatedAt: input.pendingStep === null ? now : null,
      pendingStep: input.pendingStep,
      method: input.method,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    })
    .returning();
  if (session === undefined) throw new Error('The session was not stored.');
  return { token, session };
}

export type SessionLookup =
  | {
      state: 'valid';
      session: SessionRow;
      account: AccountFacts;
      /** The case asked for, gathered in the same statement. */
      gathered?: PrefetchedCase;
    }
  | { state: 'expired' | 'revoked' | 'unknown' };

/**
 * Finds the session of a cookie value with its account and memberships, in one statement (it runs
 * on every request), and touches it; expired sessions are revoked on sight. A request about one
 * case (`caseId`) gets that case's access facts from the same statement, for its guard: a case
 * read is then two statements (this one, and the view with its audit row), not three.
 */
export async function findSession(
  database: Database,
  token: string,
  now: Date,
  caseId?: string,
): Promise<SessionLookup> {
  const db = database.db;
  const lookup = sql`
    SELECT s.id, s.token_hash AS "tokenHash", s.user_id AS "userId", s.csrf_token AS "csrfToken",
      s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt",
      s.absolute_expires_at AS "absoluteExpiresAt", s.authenticated_at AS "authenticatedAt",
      s.pending_step AS "pendingStep", s.method, s.revoked_at AS "revokedAt",
      s.revoked_reason AS "revokedReason", s.ip, s.user_agent AS "userAgent",
      s.pending_code_hash AS "pendingCodeHash", s.pending_code_expires_at AS "pendingCodeExpiresAt",
      json_build_object('status', u.status, 'email', coalesce(u.email, u.mobile), 'displayName', u.display_name,
        'locale', u.locale, 'phone', u.phone, 'memberships', ${membershipsOf(sql.raw('s.user_id'))})
        AS account
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ${sha256Hex(token)}`;
  type Found = SessionRow & { account: AccountFacts; caseFacts?: GatheredRow | null };
  const [found] = await database.preparedRows<Found>(
    caseId === undefined
      ? lookup
      : sql`WITH sess AS (${lookup})
          SELECT sess.*, (SELECT row_to_json(f) FROM (${caseFactsSelect(
            sql`sess."userId"`,
            sql`c.id = ${caseId}::uuid`,
            now,
          )}) f) AS "caseFacts" FROM sess`,
  );
  if (found === undefined) return { state: 'unknown' };
  const { account, caseFacts, ...raw } = found;
  const session: SessionRow = {
    ...raw,
    createdAt: instant(raw.createdAt),
    lastSeenAt: instant(raw.lastSeenAt),
    absoluteExpiresAt: instant(raw.absoluteExpiresAt),
    authenticatedAt: instantOrNull(raw.authenticatedAt),
    revokedAt: instantOrNull(raw.revokedAt),
    pendingCodeExpiresAt: instantOrNull(raw.pendingCodeExpiresAt),
  };
  if (session.revokedAt !== null) return { state: 'revoked' };
  const idleExpired = now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (idleExpired || now >= session.absoluteExpiresAt) {
    await revokeSession(db, session.id, idleExpired ? 'idle_timeout' : 'absolute_timeout', now);
    return { state: 'expired' };
  }
  // Touch at most once a minute: a burst of requests does not write a burst of updates.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
  return {
    state: 'valid',
    session,
    account,
    ...(caseId === undefined
      ? {}
      : {
          gathered: {
            caseId,
            found: caseFacts == null ? undefined : gatheredOf(caseFacts),
          },
        }),
  };
}

export async function revokeSession(
  db: Db,
  sessionId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Every session of a user ends: password change, role change, deactivation. */
export async function revokeUserSessions(
  db: Db,
  userId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/**
 * The second factor is done: the session gets a new token (a token seen before sign-in completed
 * is worth nothing after it) and is complete.
 */
export async function completeSession(
  db: Db,
  sessionId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken(24);
  await db
    .update(sessions)
    .set({
      tokenHash: sha256Hex(token),
      pendingStep: null,
      authenticatedAt: now,
      lastSeenAt: now,
      csrfToken,
    })
    .where(eq(sessions.id, sessionId));
  return { token, csrfToken };
}
