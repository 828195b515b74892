/**
 * The language a person reads Omringd in, chosen once and kept on the account, so a parent who
 * chose Arabic on one phone finds Arabic on the next. E-mails stay in Dutch or English.
 */
import type { Language } from '@omringd/core';
import { eq } from 'drizzle-orm';
import { users } from '../../platform/db/identitySchema.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';

export async function chooseLanguage(
  ctx: AccessContext,
  language: Language,
): Promise<{ language: Language }> {
  const principal = ctx.requirePrincipal();
  return ctx.audited(
    {
      action: 'update',
      subjectType: 'user',
      subjectId: principal.userId,
      purpose: 'administration',
    },
    async (scope) => {
      await scope.tx.update(users).set({ locale: language }).where(eq(users.id, principal.userId));
      scope.note({ fields: ['locale'] });
      return { language };
    },
  );
}
