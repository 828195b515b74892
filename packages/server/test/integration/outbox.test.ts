/**
 * E-mail through the outbox: a message is stored once per idempotency key (a retried job does
 * not send twice) and delivered over real SMTP (an smtp-server started here); a failure stays on
 * the row with its reason and is retried.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { outboxEmails } from '../../src/platform/db/identitySchema.ts';
import { deliverOutbox, enqueueEmail } from '../../src/platform/mail/outbox.ts';
import { smtpTransport } from '../../src/platform/mail/smtpTransport.ts';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { storageModes } from '../support/storageModes.ts';

describe.each(storageModes)('outbox and SMTP on %s', (mode) => {
  let database: TestDatabase;
  let smtp: SMTPServer;
  let port = 0;
  const received: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(mode);
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      smtp.close(resolve);
    });
    await database.drop();
  });

  it('stores a message once per key and sends it once', async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const email = {
      idempotencyKey: 'invitation:abc',
      to: 'an@example.be',
      subject: 'Je uitnodiging voor Omringd',
      text: 'Dag An',
    };
    await enqueueEmail(database.db, email, now);
    await enqueueEmail(database.db, email, now);
    expect(
      await database.db
        .select()
        .from(outboxEmails)
        .where(eq(outboxEmails.idempotencyKey, 'invitation:abc')),
    ).toHaveLength(1);
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, 'Omringd <no-reply@omringd.test>');
    expect(await deliverOutbox(database.db, transport, now)).toEqual({ sent: 1, failed: 0 });
    expect(await deliverOutbox(database.db, transport, now)).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]).toContain('Subject: Je uitnodiging voor Omringd');
  });

  it('keeps a failed message with its reason and retries it', async () => {
    const now = new Date('2026-11-22T11:00:00Z');
    await enqueueEmail(
      database.db,
      { idempotencyKey: 'x:1', to: 'b@example.be', subject: 'S', text: 'T' },
      now,
    );
    const down = smtpTransport('smtp://127.0.0.1:1', 'Omringd <no-reply@omringd.test>');
    expect(await deliverOutbox(database.db, down, now)).toEqual({ sent: 0, failed: 1 });
    const [row] = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.idempotencyKey, 'x:1'));
    expect(row).toMatchObject({ attempts: 1, sentAt: null });
    expect(row?.lastError).toMatch(/ECONNREFUSED|connect/);
    const up = smtpTransport(`smtp://127.0.0.1:${port}`, 'Omringd <no-reply@omringd.test>');
    expect(await deliverOutbox(database.db, up, now)).toEqual({ sent: 1, failed: 0 });
  });
});
