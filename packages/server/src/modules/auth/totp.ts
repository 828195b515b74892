/**
 * Time-based one-time passwords (RFC 6238, 30 s, 6 digits) with the otpauth library. A code is
 * accepted once: its time step must be later than the last accepted one (replay protection).
 */
import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;

function totpFor(secret: string, label = 'Omringd'): TOTP {
  return new TOTP({
    issuer: 'Omringd',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secret: string, account: string): string {
  return totpFor(secret, account).toString();
}

/** The time step of the accepted code, or null. One step of clock drift either way is allowed. */
export function acceptTotp(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | null {
  const clean = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return null;
  const timestamp = now.getTime();
  const delta = totpFor(secret).validate({ token: clean, timestamp, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(timestamp / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** The code for a moment (tests and the e2e run use it as an authenticator app would). */
export function totpCode(secret: string, at: Date): string {
  return totpFor(secret).generate({ timestamp: at.getTime() });
}
