/**
 * Delivers the outbox while the server runs: e-mails every 30 seconds when SMTP is configured,
 * text messages every 10 seconds (an invitation or a code is read on the phone at once) when a
 * gateway is. In order, each message once. Without them the outbox stays readable on the admin
 * page (development).
 */
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../clock.ts';
import { deliverOutbox, deliverTexts } from './outbox.ts';
import { smtpTransport } from './smtpTransport.ts';
import { smsTransport } from './smsTransport.ts';

export function startMailDelivery(database: Database, config: Config, clock: Clock): () => void {
  const stops: (() => void)[] = [];
  if (config.smtpUrl === undefined)
    console.log('No SMTP_URL: e-mails stay in the outbox (Beheer → Uitgaande e-mail).');
  else {
    const transport = smtpTransport(config.smtpUrl, config.mailFrom);
    stops.push(every(30_000, 'e-mail', () => deliverOutbox(database.db, transport, clock())));
  }
  if (config.sms === undefined)
    console.log(
      'No OMRINGD_SMS_URL: text messages stay in the outbox (Beheer → Uitgaande e-mail).',
    );
  else {
    const transport = smsTransport(config.sms.url, config.sms.token);
    stops.push(every(10_000, 'text message', () => deliverTexts(database.db, transport, clock())));
  }
  return () => {
    for (const stop of stops) stop();
  };
}

/** Runs one delivery at a time, every `ms`; a failure is logged and tried again next time. */
function every(
  ms: number,
  what: string,
  deliver: () => Promise<{ sent: number; failed: number }>,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliver()
      .then(({ failed }) => {
        if (failed > 0)
          console.error(
            `${String(failed)} ${what}(s) could not be sent; they are retried. See the outbox for the reason.`,
          );
      })
      .catch((error: unknown) => {
        console.error(
          `Delivery of ${what}s failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        running = false;
      });
  }, ms);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
