/**
 * Sign-in with a local account. Each attempt is counted before it is checked (kernel/throttle.ts),
 * so no burst of requests gets more checks than the limit; argon2id takes the same time for
 * unknown accounts; the second factor has its own count, which a correct password never clears,
 * and locks for the rest of the window after a few wrong codes. Every attempt is on the trail.
 */
import { looksLikePhone, normaliseMobile, requiresSecondFactor } from '@omringd/core';
import { and, eq, isNull } from 'drizzle-orm';
import { recoveryCodes, users } from '../../platform/db/identitySchema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { loadMemberships } from '../../kernel/principal.ts';
import { completeSession, revokeSession, type SessionRow } from '../../kernel/sessions.ts';
import { addressKey, passwordKey, secondFactorKey } from '../../kernel/throttle.ts';
import { sha256Hex } from '../../kernel/tokens.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import { acceptTotp } from './totp.ts';
import { acceptSignInCode, sendSignInCode } from './signInCode.ts';
import { completeSignIn, type SignedInSession } from './completeSignIn.ts';

export function throttled(until: Date): AppError {
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

async function refused(
  ctx: AccessContext,
  subject: { subjectType: 'user' | 'session'; subjectId: string | null },
  outcome: 'failure' | 'denied',
  details: Record<string, unknown>,
): Promise<void> {
  await ctx.record({
    action: 'login_failed',
    purpose: 'administration',
    outcome,
    ...subject,
    details,
  });
}

export async function signInWithPassword(
  ctx: AccessContext,
  input: { email: string; password: string; userAgent: string | null },
): Promise<SignedInSession> {
  // The sign-in name is an e-mail address, or a family account's mobile number (as written).
  const mobile = looksLikePhone(input.email) ? normaliseMobile(input.email) : undefined;
  const email = mobile ?? input.email.trim().toLowerCase();
  const account = passwordKey(email);
  const address = addressKey(ctx.ip);
  const blocked = await ctx.throttle.count([account, address]);
  const [user] = await ctx
    .identityData()
    .select()
    .from(users)
    .where(mobile === undefined ? eq(users.email, email) : eq(users.mobile, mobile));
  if (blocked !== null) {
    await refused(ctx, { subjectType: 'user', subjectId: user?.id ?? null }, 'denied', {
      email,
      reason: 'throttled',
    });
    throw throttled(blocked);
  }
  const valid =
    user?.passwordHash != null
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyPassword(await dummyHash(), input.password).then(() => false);
  if (user === undefined || !valid || user.status !== 'active') {
    await refused(ctx, { subjectType: 'user', subjectId: user?.id ?? null }, 'failure', {
      email,
      reason:
        user === undefined
          ? 'unknown_account'
          : valid
            ? `account_${user.status}`
            : 'wrong_password',
    });
    throw new AppError(
      'invalid_credentials',
      'The e-mail address or the password is not right. Check both and try again.',
    );
  }
  // The password was right: its count starts afresh and the address gets its attempt back. The
  // second factor's count stays as it is.
  await ctx.throttle.reset(account);
  await ctx.throttle.refund(address);
  const held = (await loadMemberships(ctx.identityData(), user.id)).map((m) => m.role);
  // A parent (or a child with a view of their own) has no authenticator app: a code reaches
  // them by e-mail instead.
  const pendingStep =
    user.totpSecret !== null
      ? 'totp'
      : requiresSecondFactor(held)
        ? 'totp_enrolment'
        : held.some((r) => r === 'parent' || r === 'child' || r === 'supporter')
          ? 'email_code'
          : null;
  const signedIn = await completeSignIn(ctx, {
    userId: user.id,
    method: 'password',
    pendingStep,
    userAgent: input.userAgent,
    details: { step: 'password' },
  });
  if (pendingStep === 'email_code')
    await sendSignInCode(ctx.identityData(), signedIn.session.id, user, ctx.now());
  return signedIn;
}

export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/** The second step: a TOTP code (never the same step twice) or a single-use recovery code. */
export async function completeWithSecondFactor(
  ctx: AccessContext,
  session: SessionRow,
  input: { code?: string | undefined; recoveryCode?: string | undefined },
): Promise<{ token: string; csrfToken: string }> {
  const byEmail = session.pendingStep === 'email_code';
  if (session.pendingStep !== 'totp' && !byEmail)
    throw new AppError(
      'conflict',
      'This session does not wait for an authentication code.',
    ).because('no_code_expected');
  const db = ctx.identityData();
  const [user] = await db.select().from(users).where(eq(users.id, session.userId));
  if (user === undefined || user.status !== 'active' || (!byEmail && user.totpSecret === null))
    throw new AppError('unauthenticated', 'Sign in again.');
  const factor = secondFactorKey(user.id);
  const address = addressKey(ctx.ip);
  const blocked = await ctx.throttle.count([factor, address]);
  const method = input.code !== undefined ? 'totp' : 'recovery_code';
  if (blocked !== null) {
    // The step is locked: this session cannot try again; a new sign-in waits for the window too.
    await revokeSession(db, session.id, 'second_factor_locked', ctx.now());
    await refused(ctx, { subjectType: 'session', subjectId: session.id }, 'denied', {
      step: method,
      userId: user.id,
      reason: 'throttled',
    });
    throw throttled(blocked);
  }
  return ctx
    .audited(
      {
        action: 'login',
        subjectType: 'session',
        subjectId: session.id,
        purpose: 'administration',
      },
      async (scope) => {
        scope.actAs((await loadMemberships(scope.tx, user.id))[0]);
        scope.note({ step: method, userId: user.id });
        let accepted = false;
        if (byEmail) {
          // A code sent by e-mail; parents have no recovery codes.
          accepted =
            input.code !== undefined &&
            (await acceptSignInCode(scope.tx, session.id, input.code, scope.now));
        } else if (input.code !== undefined) {
          const step = acceptTotp(user.totpSecret ?? '', input.code, scope.now, user.totpLastStep);
          if (step !== null) {
            // Conditional on the previous step: two requests racing with one code cannot both pass.
            const updated = await scope.tx
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
          const used = await scope.tx
            .update(recoveryCodes)
            .set({ usedAt: scope.now })
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
          // Recorded as a failure, and the transaction commits: the count above stands.
          scope.settle({ action: 'login_failed', outcome: 'failure' });
          return null;
        }
        return completeSession(scope.tx, session.id, scope.now);
      },
    )
    .then(async (completed) => {
      if (completed === null) {
        if (byEmail)
          throw new AppError(
            'invalid_credentials',
            'This code is not right or no longer works. Type the code of the last e-mail, or sign in again for a new one.',
            'code',
          ).because('wrong_email_code');
        throw new AppError(
          'invalid_credentials',
          'This code is not right or was already used. Wait for the next code in your app and try again.',
          'code',
        );
      }
      await ctx.throttle.reset(factor);
      await ctx.throttle.refund(address);
      return completed;
    });
}
