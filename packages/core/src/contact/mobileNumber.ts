/**
 * A mobile number a family is reached at by text message: written as people write it (0470 12 34
 * 56, +32 470 12 34 56, 0032…), kept in E.164 (+32470123456) so the same phone is one account.
 * Validated with libphonenumber-js (the small metadata: it tells a valid number, not a mobile
 * from a landline; the coordinator writes the gsm number they call).
 */
import { parsePhoneNumberWithError } from 'libphonenumber-js/min';
import { z } from 'zod';

const INVALID = 'Write a mobile number like 0470 12 34 56 or +32 470 12 34 56.';

/** The number in E.164, or undefined when it is not a phone number. */
export function normaliseMobile(input: string): string | undefined {
  try {
    const parsed = parsePhoneNumberWithError(input.trim().replace(/^00/, '+'), 'BE');
    return parsed.isValid() ? parsed.number : undefined;
  } catch {
    // Not a phone number at all (letters, too short): the caller says what to write.
    return undefined;
  }
}

export const mobileNumberSchema = z
  .string()
  .max(40, { error: INVALID })
  .transform((value, ctx) => {
    const number = normaliseMobile(value);
    if (number === undefined) {
      ctx.addIssue({ code: 'custom', message: INVALID });
      return z.NEVER;
    }
    return number;
  });

/** Whether a sign-in name is a phone number rather than an e-mail address. */
export const looksLikePhone = (login: string): boolean =>
  !login.includes('@') && /^[+0-9 ()./-]{6,}$/.test(login.trim());
