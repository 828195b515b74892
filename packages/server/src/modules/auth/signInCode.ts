/**
 * A parent's second step (no authenticator app is asked of parents): a code of 6 digits sent to
 * their e-mail address through the outbox. The session keeps only its hash, for 10 minutes; it
 * works once, and wrong tries count like wrong authenticator codes (kernel/throttle.ts).
 */
import type { Language } from '@omringd/core';
import { and, eq, gt } from 'drizzle-orm';
import { randomInt } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { sessions } from '../../platform/db/identitySchema.ts';
import { enqueueEmail, enqueueText, redactSent } from '../../platform/mail/outbox.ts';
import { signInCodeEmail, signInCodeText } from '../../platform/mail/messages.ts';
import { sha256Hex } from '../../kernel/tokens.ts';

export const SIGN_IN_CODE_VALID_MS = 10 * 60_000;

/** The code is bound to its session: the same digits are worth nothing in another sign-in. */
const codeHash = (sessionId: string, code: string) => sha256Hex(`${sessionId}:${code.trim()}`);

export async function sendSignInCode(
  db: Db,
  sessionId: string,
  user: { email: string | null; mobile: string | null; displayName: string; locale: Language },
  now: Date,
): Promise<void> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const locale = user.locale;
  const message = signInCodeEmail({
    locale,
    name: user.displayName,
    code,
  });
  await db.transaction(async (tx) => {
    await tx
      .update(sessions)
      .set({
        pendingCodeHash: codeHash(sessionId, code),
        pendingCodeExpiresAt: new Date(now.getTime() + SIGN_IN_CODE_VALID_MS),
      })
      .where(eq(sessions.id, sessionId));
    // A family account reached by text message only gets its code on the phone.
    if (user.email === null) {
      if (user.mobile === null) throw new Error('An account has no address for its code.');
      const text = signInCodeText({ locale, code });
      await enqueueText(
        tx,
        {
          idempotencyKey: `sign-in-code:${sessionId}`,
          to: user.mobile,
          text,
          textAfterSending: text.replaceAll(code, '[code verwijderd]'),
        },
        now,
      );
      return;
    }
    await enqueueEmail(
      tx,
      {
        idempotencyKey: `sign-in-code:${sessionId}`,
        to: user.email,
        subject: message.subject,
        text: message.text,
        // Once sent, the outbox keeps the message without the code.
        textAfterSending: message.text.replaceAll(code, '[code verwijderd]'),
      },
      now,
    );
  });
}

/** Uses the code up if it is this session's and still counts (one of two racing tries wins). */
export async function acceptSignInCode(
  tx: Db,
  sessionId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const used = await tx
    .update(sessions)
    .set({ pendingCodeHash: null, pendingCodeExpiresAt: null })
    .where(
      and(
        eq(sessions.id, sessionId),
        eq(sessions.pendingCodeHash, codeHash(sessionId, code)),
        gt(sessions.pendingCodeExpiresAt, now),
      ),
    )
    .returning({ id: sessions.id });
  if (used.length !== 1) return false;
  await redactSent(tx, `sign-in-code:${sessionId}`);
  return true;
}
