/** SMTP delivery with nodemailer, configured by SMTP_URL (e.g. smtp://user:pass@host:587). */
import nodemailer from 'nodemailer';
import type { Transport } from './outbox.ts';

/** The iTIP method named in the MIME type (text/calendar; method=REQUEST). */
function methodOf(contentType: string): string {
  return /method=(\w+)/i.exec(contentType)?.[1]?.toUpperCase() ?? 'REQUEST';
}

export function smtpTransport(url: string, from: string): Transport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(email) {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        // An invitation's .ics goes as a file and, for mail programs that show it as an
        // invitation with accept/decline, as the calendar alternative too (RFC 6047).
        attachments: email.attachments.map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.contentType,
        })),
        ...(email.attachments[0]?.contentType.startsWith('text/calendar') === true
          ? {
              icalEvent: {
                content: email.attachments[0].content,
                method: methodOf(email.attachments[0].contentType),
              },
            }
          : {}),
      });
    },
  };
}
