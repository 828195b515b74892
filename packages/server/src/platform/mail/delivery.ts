/**
 * Delivers the outbox while the server runs, when SMTP is configured: every 30 seconds, in order,
 * each message once. Without SMTP the outbox stays readable on the admin page (development).
 */
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../clock.ts';
import { deliverOutbox, deliverTexts } from './outbox.ts';
import { smtpTransport } from './smtpTransport.ts';
import { smsTransport } from './smsTransport.ts';

export function startMailDelivery(database: Database, config: Config, clock: Clock): () => void {
  const stopTexts = startTextDelivery(database, config, clock);
  const stopMail = startEmailDelivery(database, config, clock);
  return () => {
    stopTexts();
    stopMail();
  };
}

/** Text messages: every 10 seconds (an invitation or a code is read on the phone at once). */
function startTextDelivery(database: Database, config: Config, clock: Clock): () => void {
  if (config.sms === undefined) {
    console.log(
      'No OMRINGD_SMS_URL: text messages stay in the outbox (Beheer → Uitgaande e-mail).',
    );
    return () => undefined;
  }
  const transport = smsTransport(config.sms.url, config.sms.token);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverTexts(database.db, transport, clock())
      .then(({ failed }) => {
        if (failed > 0)
          console.error(
            `${String(failed)} text message(s) could not be sent; they are retried. See the outbox for the reason.`,
          );
      })
      .catch((error: unknown) => {
        console.error(
          `Text-message delivery failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        running = false;
      });
  }, 10_000);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}

function startEmailDelivery(database: Database, config: Config, clock: Clock): () => void {
  if (config.smtpUrl === undefined) {
    console.log('No SMTP_URL: e-mails stay in the outbox (Beheer → Uitgaande e-mail).');
    return () => undefined;
  }
  const transport = smtpTransport(config.smtpUrl, config.mailFrom);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverOutbox(database.db, transport, clock())
      .then(({ failed }) => {
        if (failed > 0)
          console.error(
            `${failed} e-mail(s) could not be sent; they are retried. See the outbox for the reason.`,
          );
      })
      .catch((error: unknown) => {
        console.error(
          `E-mail delivery failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        running = false;
      });
  }, 30_000);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
