/** A person's own notices (e.g. break-the-glass on their case): reading them is audited. */
import type { NotificationView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withSignedIn } from '../../kernel/guards/rightGuard.ts';
import { markRead, noticesOf } from './queries.ts';

export async function listMyNotifications(ctx: AccessContext): Promise<NotificationView[]> {
  return withSignedIn(
    ctx,
    { audit: 'read', subjectType: 'notification', purpose: 'care' },
    async (s) => {
      const rows = await noticesOf(s.tx, s.principal.userId, 100);
      s.note({ scope: 'mine', count: rows.length });
      return rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        params: JSON.parse(n.params) as Record<string, unknown>,
        createdAt: n.createdAt.toISOString(),
        read: n.readAt !== null,
      }));
    },
  );
}

export async function markNotificationRead(ctx: AccessContext, id: string) {
  return withSignedIn(
    ctx,
    { audit: 'update', subjectType: 'notification', subjectId: id, purpose: 'care' },
    async (s) => {
      if (!(await markRead(s.tx, s.principal.userId, id, s.now))) return s.deny('not_found');
      s.note({ read: true });
      return { id, read: true };
    },
  );
}
