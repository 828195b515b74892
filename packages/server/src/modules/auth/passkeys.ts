/**
 * Passkeys (WebAuthn, through SimpleWebAuthn): an account adds one, an invited parent accepts
 * the invitation with one instead of a password, and anyone with one signs in with it. The
 * passkey proves possession and (on the phone) the fingerprint or PIN in one step, so it needs no
 * code after it; an account that must use an authenticator app still gets that step.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { requiresSecondFactor } from '@omringd/core';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { passkeys, users, webauthnChallenges } from '../../platform/db/identitySchema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { loadMemberships } from '../../kernel/principal.ts';
import { addressKey } from '../../kernel/throttle.ts';
import { completeSignIn, type SignedInSession } from './completeSignIn.ts';
import { throttled } from './signIn.ts';

const CHALLENGE_VALID_MS = 5 * 60_000;

/** Who we are to the browser: the public address's host and origin. */
export type RelyingParty = { id: string; origin: string; name: string };
export function relyingPartyOf(publicUrl: string): RelyingParty {
  const url = new URL(publicUrl);
  return { id: url.hostname, origin: url.origin, name: 'Omringd' };
}

type Purpose = (typeof webauthnChallenges.$inferSelect)['purpose'];

/** The options travel to the browser as the JSON the library made; the route passes them on. */
type OptionsJson = Record<string, unknown>;
const asJson = (
  options: PublicKeyCredentialCreationOptionsJSON | PublicKeyCredentialRequestOptionsJSON,
) => options as unknown as OptionsJson;

async function storeChallenge(
  db: Db,
  challenge: string,
  purpose: Purpose,
  userId: string | null,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db.insert(webauthnChallenges).values({
    id,
    challenge,
    purpose,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + CHALLENGE_VALID_MS),
  });
  return id;
}

const stale = () =>
  new AppError(
    'conflict',
    'This passkey step took too long or was already used. Start again.',
  ).because('passkey_failed');

/**
 * Uses the challenge up (once, before it expires) and answers it, or refuses. It runs on its own,
 * before the step it is for, so a step that fails afterwards has still spent it.
 */
export async function takeChallenge(
  db: Db,
  id: string,
  purpose: Purpose,
  userId: string | null,
  now: Date,
): Promise<string> {
  const [taken] = await db
    .update(webauthnChallenges)
    .set({ usedAt: now })
    .where(
      and(
        eq(webauthnChallenges.id, id),
        eq(webauthnChallenges.purpose, purpose),
        isNull(webauthnChallenges.usedAt),
        gt(webauthnChallenges.expiresAt, now),
        userId === null ? isNull(webauthnChallenges.userId) : eq(webauthnChallenges.userId, userId),
      ),
    )
    .returning({ challenge: webauthnChallenges.challenge });
  if (taken === undefined) throw stale();
  return taken.challenge;
}

/** The options to create a passkey for this user (their passkeys so far are excluded). */
export async function registrationOptions(
  db: Db,
  rp: RelyingParty,
  user: { id: string; email: string; displayName: string },
  purpose: 'register' | 'invitation',
  now: Date,
): Promise<{ challengeId: string; options: OptionsJson }> {
  const existing = await db
    .select({ id: passkeys.id, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, user.id));
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.displayName,
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    excludeCredentials: existing,
    // A passkey on the phone itself, found without typing an e-mail address.
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  return {
    challengeId: await storeChallenge(db, options.challenge, purpose, user.id, now),
    options: asJson(options),
  };
}

/** Checks the browser's answer and keeps the new passkey; refuses what does not verify. */
export async function registerPasskey(
  db: Db,
  rp: RelyingParty,
  userId: string,
  input: { challenge: string; response: RegistrationResponseJSON },
  now: Date,
): Promise<void> {
  const { challenge } = input;
  const verified = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch(() => ({ verified: false as const }));
  if (!verified.verified)
    throw new AppError(
      'invalid_input',
      'This passkey could not be checked. Try again, or choose a password instead.',
    ).because('passkey_failed');
  const { credential } = verified.registrationInfo;
  await db
    .insert(passkeys)
    .values({
      id: credential.id,
      userId,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: credential.transports ?? [],
      createdAt: now,
    })
    .onConflictDoNothing();
}

export async function signInOptions(
  db: Db,
  rp: RelyingParty,
  now: Date,
): Promise<{ challengeId: string; options: OptionsJson }> {
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    userVerification: 'preferred',
  });
  return {
    challengeId: await storeChallenge(db, options.challenge, 'sign_in', null, now),
    options: asJson(options),
  };
}

/** Signing in with a passkey: counted per address like every attempt, refused ones on the trail. */
export async function signInWithPasskey(
  ctx: AccessContext,
  rp: RelyingParty,
  input: { challengeId: string; response: AuthenticationResponseJSON; userAgent: string | null },
): Promise<SignedInSession> {
  const db = ctx.identityData();
  const now = ctx.now();
  const address = addressKey(ctx.ip);
  const blocked = await ctx.throttle.count([address]);
  const refuse = async (reason: string, userId: string | null) => {
    await ctx.record({
      action: 'login_failed',
      purpose: 'administration',
      outcome: reason === 'throttled' ? 'denied' : 'failure',
      subjectType: 'user',
      subjectId: userId,
      details: { method: 'passkey', reason },
    });
  };
  if (blocked !== null) {
    await refuse('throttled', null);
    throw throttled(blocked);
  }
  const challenge = await takeChallenge(db, input.challengeId, 'sign_in', null, now).catch(
    async (error: unknown) => {
      await refuse('stale_challenge', null);
      throw error;
    },
  );
  const [found] = await db
    .select({ passkey: passkeys, status: users.status, totpSecret: users.totpSecret })
    .from(passkeys)
    .innerJoin(users, eq(users.id, passkeys.userId))
    .where(eq(passkeys.id, input.response.id));
  const unknown = () =>
    new AppError(
      'invalid_credentials',
      'This passkey is not known here. Sign in with your e-mail address and password, then add the passkey again.',
    ).because('passkey_failed');
  if (found === undefined || found.status !== 'active') {
    await refuse(found === undefined ? 'unknown_passkey' : `account_${found.status}`, null);
    throw unknown();
  }
  const verified = await verifyAuthenticationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: {
      id: found.passkey.id,
      publicKey: new Uint8Array(Buffer.from(found.passkey.publicKey, 'base64url')),
      counter: found.passkey.counter,
      transports: found.passkey.transports,
    },
    requireUserVerification: false,
  }).catch(() => ({ verified: false, authenticationInfo: null }));
  if (!verified.verified || verified.authenticationInfo === null) {
    await refuse('passkey_not_verified', found.passkey.userId);
    throw unknown();
  }
  await db
    .update(passkeys)
    .set({ counter: verified.authenticationInfo.newCounter, lastUsedAt: now })
    .where(eq(passkeys.id, found.passkey.id));
  await ctx.throttle.refund(address);
  const held = (await loadMemberships(db, found.passkey.userId)).map((m) => m.role);
  return completeSignIn(ctx, {
    userId: found.passkey.userId,
    method: 'passkey',
    pendingStep:
      found.totpSecret !== null ? 'totp' : requiresSecondFactor(held) ? 'totp_enrolment' : null,
    userAgent: input.userAgent,
    details: { step: 'passkey' },
  });
}
