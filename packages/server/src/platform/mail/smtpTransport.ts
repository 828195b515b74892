/** SMTP delivery with nodemailer, configured by SMTP_URL (e.g. smtp://user:pass@host:587). */
import nodemailer from 'nodemailer';
import type { Transport } from './outbox.ts';

export function smtpTransport(url: string, from: string): Transport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(email) {
      await transporter.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
    },
  };
}
