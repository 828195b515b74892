/**
 * Changing one's password: throttled like sign-in (the current password is counted before it is
 * checked), on the trail whatever the outcome, and every session of the account ends.
 */
import { signInNameOf } from '../../kernel/signInName.ts';
import { eq } from 'drizzle-orm';
import { users } from '../../platform/db/identitySchema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { revokeUserSessions } from '../../kernel/sessions.ts';
import { passwordChangeKey } from '../../kernel/throttle.ts';
import { checkPasswordStrength, hashPassword, verifyPassword } from './passwords.ts';
import { throttled } from './signIn.ts';

export async function changePassword(
  ctx: AccessContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const principal = ctx.requirePrincipal();
  const spec = {
    action: 'update',
    subjectType: 'user',
    subjectId: principal.userId,
    purpose: 'administration',
  } as const;
  const key = passwordChangeKey(principal.userId);
  const blocked = await ctx.throttle.count([key]);
  if (blocked !== null) {
    await ctx.record({ ...spec, outcome: 'denied', details: { password: 'throttled' } });
    throw throttled(blocked);
  }
  const [user] = await ctx
    .identityData()
    .select()
    .from(users)
    .where(eq(users.id, principal.userId));
  const right =
    user?.passwordHash != null && (await verifyPassword(user.passwordHash, input.currentPassword));
  if (user === undefined || !right) {
    await ctx.record({ ...spec, outcome: 'failure', details: { password: 'wrong_current' } });
    throw new AppError(
      'invalid_credentials',
      'Your current password is not right.',
      'currentPassword',
    ).because('wrong_current_password');
  }
  const verdict = checkPasswordStrength(input.newPassword, [signInNameOf(user), user.displayName]);
  if (!verdict.ok) {
    await ctx.record({ ...spec, outcome: 'refused', details: { password: 'too_weak' } });
    throw new AppError('weak_password', verdict.reason, 'newPassword').because(verdict.code);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.audited(spec, async (scope) => {
    await scope.tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: scope.now })
      .where(eq(users.id, user.id));
    await revokeUserSessions(scope.tx, user.id, 'password_changed', scope.now);
    scope.note({ password: 'changed', sessionsEnded: true });
  });
  await ctx.throttle.reset(key);
}
