/** A person's own details: today the work phone a referrer sees on the referrals they follow. */
import type { ProfileUpdate } from '@omringd/core';
import { eq } from 'drizzle-orm';
import { users } from '../../platform/db/identitySchema.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';

export async function updateProfile(
  ctx: AccessContext,
  input: ProfileUpdate,
): Promise<{ phone: string | null }> {
  const principal = ctx.requirePrincipal();
  return ctx.audited(
    {
      action: 'update',
      subjectType: 'user',
      subjectId: principal.userId,
      purpose: 'administration',
    },
    async (scope) => {
      await scope.tx
        .update(users)
        .set({ phone: input.phone })
        .where(eq(users.id, principal.userId));
      scope.note({ fields: ['phone'] });
      return { phone: input.phone };
    },
  );
}
