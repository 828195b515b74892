/**
 * Second-factor enrolment: a secret is shown (QR code and text), confirmed with a first code, then
 * ten single-use recovery codes are shown once.
 */
import { eq } from 'drizzle-orm';
import { randomBytes, randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import type { Db } from '../../platform/db/database.ts';
import { recoveryCodes, users } from '../../platform/db/identitySchema.ts';
import { AppError } from '../../platform/errors.ts';
import { acceptTotp, newTotpSecret, otpauthUri } from './totp.ts';
import { sha256Hex } from './tokens.ts';
import { normalizeRecoveryCode } from './signIn.ts';

export async function startEnrolment(
  db: Db,
  userId: string,
): Promise<{ secret: string; otpauthUri: string; qrSvg: string }> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (user === undefined) throw new AppError('unauthenticated', 'Sign in again.');
  const secret = newTotpSecret();
  await db.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, userId));
  const uri = otpauthUri(secret, user.email);
  return { secret, otpauthUri: uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}

function newRecoveryCode(): string {
  const raw = randomBytes(8).toString('hex'); // 16 hex characters, 64 bits
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12)}`;
}

/** Confirms the pending secret with a code; returns the recovery codes (shown once). */
export async function confirmEnrolment(
  db: Db,
  userId: string,
  code: string,
  now: Date,
): Promise<string[]> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (user?.totpPendingSecret == null)
    throw new AppError('conflict', 'Start setting up the authentication app first.');
  const step = acceptTotp(user.totpPendingSecret, code, now, null);
  if (step === null)
    throw new AppError(
      'invalid_credentials',
      'This code is not right. Check the time on your phone and enter the code your app shows now.',
      'code',
    );
  const codes = Array.from({ length: 10 }, newRecoveryCode);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step })
      .where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(
      codes.map((c) => ({
        id: randomUUID(),
        userId,
        codeHash: sha256Hex(normalizeRecoveryCode(c)),
      })),
    );
  });
  return codes;
}
