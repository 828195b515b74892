/**
 * E-mail goes through an outbox table: the message is stored in the transaction of the change it
 * reports, and a sender delivers it later. The idempotency key makes a retried job store (and so
 * send) a message once.
 */
import { asc, eq, isNull, lt, and, desc, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { outboxEmails, type EmailAttachment } from '../db/identitySchema.ts';

export type OutgoingEmail = {
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  /** What the stored body becomes once sent (a single-use link removed); the same when absent. */
  textAfterSending?: string;
  attachments?: EmailAttachment[];
};

export async function enqueueEmail(tx: Db, email: OutgoingEmail, now: Date): Promise<void> {
  await tx
    .insert(outboxEmails)
    .values({
      id: randomUUID(),
      idempotencyKey: email.idempotencyKey,
      toAddress: email.to,
      subject: email.subject,
      bodyText: email.text,
      bodyAfterSending: email.textAfterSending ?? null,
      attachments: email.attachments ?? [],
      createdAt: now,
    })
    .onConflictDoNothing({ target: outboxEmails.idempotencyKey });
}

/** A text message to a family's mobile number (E.164), through the same outbox. */
export type OutgoingText = {
  idempotencyKey: string;
  to: string;
  text: string;
  textAfterSending?: string;
};

export async function enqueueText(tx: Db, message: OutgoingText, now: Date): Promise<void> {
  await tx
    .insert(outboxEmails)
    .values({
      id: randomUUID(),
      idempotencyKey: message.idempotencyKey,
      channel: 'sms',
      toAddress: message.to,
      subject: '',
      bodyText: message.text,
      bodyAfterSending: message.textAfterSending ?? null,
      createdAt: now,
    })
    .onConflictDoNothing({ target: outboxEmails.idempotencyKey });
}

export type Transport = {
  send(email: {
    to: string;
    subject: string;
    text: string;
    attachments: EmailAttachment[];
  }): Promise<void>;
};

export const MAX_ATTEMPTS = 8;

/** Sends the text messages waiting, as `deliverOutbox` does the e-mails. */
export type TextTransport = { send(message: { to: string; text: string }): Promise<void> };

export async function deliverTexts(
  db: Db,
  transport: TextTransport,
  now: Date,
): Promise<{ sent: number; failed: number }> {
  return deliverChannel(db, 'sms', now, (m) =>
    transport.send({ to: m.toAddress, text: m.bodyText }),
  );
}

/** Sends what is waiting; a failure is kept on the row with its message and retried later. */
export async function deliverOutbox(
  db: Db,
  transport: Transport,
  now: Date,
): Promise<{ sent: number; failed: number }> {
  return deliverChannel(db, 'email', now, (email) =>
    transport.send({
      to: email.toAddress,
      subject: email.subject,
      text: email.bodyText,
      attachments: email.attachments,
    }),
  );
}

async function deliverChannel(
  db: Db,
  channel: 'email' | 'sms',
  now: Date,
  send: (message: typeof outboxEmails.$inferSelect) => Promise<void>,
): Promise<{ sent: number; failed: number }> {
  const waiting = await db
    .select()
    .from(outboxEmails)
    .where(
      and(
        eq(outboxEmails.channel, channel),
        isNull(outboxEmails.sentAt),
        lt(outboxEmails.attempts, MAX_ATTEMPTS),
      ),
    )
    .orderBy(asc(outboxEmails.createdAt))
    .limit(50);
  let sent = 0;
  let failed = 0;
  for (const email of waiting) {
    try {
      await send(email);
      await db
        .update(outboxEmails)
        .set({
          sentAt: now,
          attempts: email.attempts + 1,
          lastError: null,
          // The secret it carried is delivered: the outbox does not keep it.
          bodyText: email.bodyAfterSending ?? email.bodyText,
        })
        .where(eq(outboxEmails.id, email.id));
      sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db
        .update(outboxEmails)
        .set({ attempts: email.attempts + 1, lastError: message.slice(0, 500) })
        .where(eq(outboxEmails.id, email.id));
      failed++;
    }
  }
  return { sent, failed };
}

export async function listOutbox(db: Db, limit = 100) {
  return db.select().from(outboxEmails).orderBy(desc(outboxEmails.createdAt)).limit(limit);
}

/** The secret of this message is used up (an accepted invitation): its stored body loses it. */
export async function redactSent(tx: Db, idempotencyKey: string): Promise<void> {
  await tx
    .update(outboxEmails)
    .set({ bodyText: sql`coalesce(${outboxEmails.bodyAfterSending}, ${outboxEmails.bodyText})` })
    .where(eq(outboxEmails.idempotencyKey, idempotencyKey));
}

/**
 * Invitation e-mails whose link can no longer be used (expired, replaced, accepted) lose it in
 * the stored body, also when no mail server sends them (development): run every minute.
 */
export async function redactSpentLinks(db: Db, now: Date): Promise<void> {
  await db.execute(sql`
    UPDATE outbox_emails AS e SET body_text = e.body_after_sending
    WHERE e.body_after_sending IS NOT NULL AND e.body_text <> e.body_after_sending
      AND e.idempotency_key LIKE 'invitation:%'
      AND NOT EXISTS (
        SELECT 1 FROM invitations AS i
        WHERE 'invitation:' || i.id::text = e.idempotency_key
          AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ${now})`);
}
