/**
 * Sign-in with a local account: throttling per account and per address, argon2id verification
 * that takes the same time for unknown accounts, and the second factor as the session's pending
 * step. Every attempt is audited (login, login_failed).
 */
import { requiresSecondFactor } from '@omringd/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { recoveryCodes, users } from '../../platform/db/identitySchema.ts';
import { and, isNull } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { loadMemberships } from '../../kernel/principal.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import { completeSession, createSession, type PendingStep, type SessionRow } from './sessions.ts';
import { acceptTotp } from './totp.ts';
import { sha256Hex } from './tokens.ts';
import {
  accountKey,
  blockedUntil,
  clearFailures,
  ipKey,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_IP,
  recordFailure,
} from './throttle.ts';

function throttled(until: Date): AppError {
  const time = until.toLocaleTimeString('nl-BE', {
    timeZone: 'Europe/Brussels',
    hour: '2-digit',
    minute: '2-digit',
  });
  return new AppError(
    'too_many_attempts',
    `Too many failed attempts. Try again after ${time} (Brussels time), or ask your administrator.`,
  );
}

async function refuseIfThrottled(db: Db, keys: { account: string; ip: string }, now: Date) {
  const until =
    (await blockedUntil(db, keys.account, MAX_FAILURES_PER_ACCOUNT, now)) ??
    (await blockedUntil(db, keys.ip, MAX_FAILURES_PER_IP, now));
  if (until !== null) throw throttled(until);
}

export type SignInResult = { token: string; session: SessionRow; next: 'done' | PendingStep };

export async function signInWithPassword(
  db: Db,
  ctx: AccessContext,
  input: { email: string; password: string; userAgent: string | null },
): Promise<SignInResult> {
  const now = ctx.now();
  const email = input.email.trim().toLowerCase();
  const keys = { account: accountKey(email), ip: ipKey(ctx.ip ?? 'unknown') };
  await refuseIfThrottled(db, keys, now);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const valid =
    user?.passwordHash != null
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyPassword(await dummyHash(), input.password).then(() => false);
  if (user === undefined || !valid || user.status !== 'active') {
    await recordFailure(db, [keys.account, keys.ip], now);
    await ctx.record('administration', {
      action: 'login_failed',
      outcome: 'failure',
      subjectType: 'user',
      subjectId: user?.id ?? null,
      details: {
        email,
        reason:
          user === undefined
            ? 'unknown_account'
            : valid
              ? `account_${user.status}`
              : 'wrong_password',
      },
    });
    throw new AppError(
      'invalid_credentials',
      'The e-mail address or the password is not right. Check both and try again.',
    );
  }
  await clearFailures(db, keys.account, now);
  const held = await loadMemberships(db, user.id);
  const pendingStep: PendingStep | null =
    user.totpSecret !== null
      ? 'totp'
      : requiresSecondFactor(held.map((m) => m.role))
        ? 'totp_enrolment'
        : null;
  const { token, session } = await createSession(
    db,
    { userId: user.id, method: 'password', pendingStep, ip: ctx.ip, userAgent: input.userAgent },
    now,
  );
  await ctx.record(
    'administration',
    {
      action: 'login',
      outcome: 'success',
      subjectType: 'session',
      subjectId: session.id,
      details: { step: 'password', userId: user.id, next: pendingStep ?? 'done' },
    },
    held[0],
  );
  return { token, session, next: pendingStep ?? 'done' };
}

/** The second step: a TOTP code (never the same step twice) or a single-use recovery code. */
export async function completeWithSecondFactor(
  db: Db,
  ctx: AccessContext,
  session: SessionRow,
  input: { code?: string | undefined; recoveryCode?: string | undefined },
): Promise<{ token: string; csrfToken: string }> {
  const now = ctx.now();
  if (session.pendingStep !== 'totp')
    throw new AppError('conflict', 'This session does not wait for an authentication code.');
  const [user] = await db.select().from(users).where(eq(users.id, session.userId));
  if (user?.totpSecret == null || user.status !== 'active')
    throw new AppError('unauthenticated', 'Sign in again.');
  const keys = { account: accountKey(user.email), ip: ipKey(ctx.ip ?? 'unknown') };
  await refuseIfThrottled(db, keys, now);
  let accepted = false;
  let method = 'totp';
  if (input.code !== undefined) {
    const step = acceptTotp(user.totpSecret, input.code, now, user.totpLastStep);
    if (step !== null) {
      // Conditional on the previous step: two requests racing with one code cannot both pass.
      const updated = await db
        .update(users)
        .set({ totpLastStep: step })
        .where(
          and(
            eq(users.id, user.id),
            user.totpLastStep === null
              ? isNull(users.totpLastStep)
              : eq(users.totpLastStep, user.totpLastStep),
          ),
        )
        .returning({ id: users.id });
      accepted = updated.length === 1;
    }
  } else if (input.recoveryCode !== undefined) {
    method = 'recovery_code';
    const used = await db
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(recoveryCodes.userId, user.id),
          eq(recoveryCodes.codeHash, sha256Hex(normalizeRecoveryCode(input.recoveryCode))),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id });
    accepted = used.length === 1;
  }
  if (!accepted) {
    await recordFailure(db, [keys.account, keys.ip], now);
    await ctx.record('administration', {
      action: 'login_failed',
      outcome: 'failure',
      subjectType: 'session',
      subjectId: session.id,
      details: { step: method, userId: user.id },
    });
    throw new AppError(
      'invalid_credentials',
      'This code is not right or was already used. Wait for the next code in your app and try again.',
      'code',
    );
  }
  await clearFailures(db, keys.account, now);
  const completed = await completeSession(db, session.id, now);
  const held = await loadMemberships(db, user.id);
  await ctx.record(
    'administration',
    {
      action: 'login',
      outcome: 'success',
      subjectType: 'session',
      subjectId: session.id,
      details: { step: method, userId: user.id },
    },
    held[0],
  );
  return completed;
}

export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}
