/** A person's own notices in the application (e.g. break-the-glass on their case). */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { notifications } from '../../platform/db/identitySchema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';

export async function listMyNotifications(ctx: AccessContext) {
  const principal = ctx.principal;
  if (principal === null) throw new AppError('unauthenticated', 'Sign in first.');
  return ctx.transaction('care', async (scope) => {
    const rows = await scope.tx
      .select()
      .from(notifications)
      .where(eq(notifications.userId, principal.userId))
      .orderBy(desc(notifications.createdAt))
      .limit(100);
    return rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      params: JSON.parse(n.params) as Record<string, unknown>,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    }));
  });
}

export async function markNotificationRead(ctx: AccessContext, id: string) {
  const principal = ctx.principal;
  if (principal === null) throw new AppError('unauthenticated', 'Sign in first.');
  return ctx.transaction('care', async (scope) => {
    const updated = await scope.tx
      .update(notifications)
      .set({ readAt: scope.now })
      .where(
        and(
          eq(notifications.id, id),
          eq(notifications.userId, principal.userId),
          isNull(notifications.readAt),
        ),
      )
      .returning({ id: notifications.id });
    if (updated.length === 0) {
      const [mine] = await scope.tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.id, id), eq(notifications.userId, principal.userId)));
      if (mine === undefined) throw new AppError('not_found', 'There is no such notice for you.');
    }
    return { id, read: true };
  });
}
