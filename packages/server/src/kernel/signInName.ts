import { sql } from 'drizzle-orm';
import { users } from '../platform/db/identitySchema.ts';
/**
 * What an account signs in with: its e-mail address, or a family account's mobile number. The
 * database holds one of the two for every account (users_email_or_mobile).
 */
export function signInNameOf(user: { email: string | null; mobile?: string | null }): string {
  const name = user.email ?? user.mobile ?? null;
  if (name === null)
    throw new Error('An account has neither an e-mail address nor a mobile number.');
  return name;
}

/**
 * A professional's e-mail address in a query: staff are invited by e-mail, so theirs is never
 * null; only family accounts may have a mobile number instead (they are never a contact person).
 */
export const staffEmail = sql<string>`coalesce(${users.email}, '')`;
