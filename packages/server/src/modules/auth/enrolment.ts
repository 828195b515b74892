/**
 * Second-factor enrolment: a secret is shown (QR code and text), confirmed with a first code, then
 * ten single-use recovery codes are shown once. Both steps are on the trail.
 */
import { signInNameOf } from '../../kernel/signInName.ts';
import { eq } from 'drizzle-orm';
import { randomBytes, randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { recoveryCodes, users } from '../../platform/db/identitySchema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { loadMemberships } from '../../kernel/principal.ts';
import { completeSession, type SessionRow } from '../../kernel/sessions.ts';
import { sha256Hex } from '../../kernel/tokens.ts';
import { acceptTotp, newTotpSecret, otpauthUri } from './totp.ts';
import { normalizeRecoveryCode } from './signIn.ts';

const about = (session: SessionRow) =>
  ({ subjectType: 'user', subjectId: session.userId, purpose: 'administration' }) as const;

export async function startEnrolment(
  ctx: AccessContext,
  session: SessionRow,
): Promise<{ secret: string; otpauthUri: string; qrSvg: string }> {
  return ctx.audited({ action: 'update', ...about(session) }, async (scope) => {
    const [user] = await scope.tx.select().from(users).where(eq(users.id, session.userId));
    if (user === undefined) throw new AppError('unauthenticated', 'Sign in again.');
    scope.actAs((await loadMemberships(scope.tx, user.id))[0]);
    if (
      session.pendingStep !== 'totp_enrolment' &&
      (session.pendingStep !== null || user.totpSecret !== null)
    )
      throw new AppError(
        'conflict',
        'An authentication app is already set up for this account.',
      ).because('totp_exists');
    const secret = newTotpSecret();
    await scope.tx.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, user.id));
    scope.note({ secondFactor: 'enrolment_started' });
    const uri = otpauthUri(secret, signInNameOf(user));
    return {
      secret,
      otpauthUri: uri,
      qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }),
    };
  });
}

function newRecoveryCode(): string {
  const raw = randomBytes(8).toString('hex'); // 16 hex characters, 64 bits
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12)}`;
}

/**
 * Confirms the pending secret with a code; returns the recovery codes (shown once) and, when the
 * enrolment was the last step of signing in, the completed session's new token.
 */
export async function confirmEnrolment(
  ctx: AccessContext,
  session: SessionRow,
  code: string,
): Promise<{ recoveryCodes: string[]; completed: { token: string; csrfToken: string } | null }> {
  return ctx.audited({ action: 'update', ...about(session) }, async (scope) => {
    const [user] = await scope.tx.select().from(users).where(eq(users.id, session.userId));
    scope.actAs((await loadMemberships(scope.tx, session.userId))[0]);
    if (user?.totpPendingSecret == null)
      throw new AppError('conflict', 'Start setting up the authentication app first.').because(
        'totp_not_started',
      );
    const step = acceptTotp(user.totpPendingSecret, code, scope.now, null);
    if (step === null)
      throw new AppError(
        'invalid_credentials',
        'This code is not right. Check the time on your phone and enter the code your app shows now.',
        'code',
      ).because('wrong_code');
    const codes = Array.from({ length: 10 }, newRecoveryCode);
    await scope.tx
      .update(users)
      .set({ totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step })
      .where(eq(users.id, user.id));
    await scope.tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await scope.tx.insert(recoveryCodes).values(
      codes.map((c) => ({
        id: randomUUID(),
        userId: user.id,
        codeHash: sha256Hex(normalizeRecoveryCode(c)),
      })),
    );
    scope.note({ secondFactor: 'totp_enrolled' });
    const completed =
      session.pendingStep === 'totp_enrolment'
        ? await completeSession(scope.tx, session.id, scope.now)
        : null;
    return { recoveryCodes: codes, completed };
  });
}
