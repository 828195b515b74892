/** The notifications module's statements on its protected table (notices carry case ids). */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { notifications } from '../../kernel/tables/notificationSchema.ts';

/** Stores a notice once per key; answers whether it is new. */
export async function insertNotice(
  tx: Db,
  input: { userId: string; kind: string; params: Record<string, unknown>; key: string },
  now: Date,
): Promise<boolean> {
  const inserted = await tx
    .insert(notifications)
    .values({
      id: randomUUID(),
      userId: input.userId,
      kind: input.kind,
      params: JSON.stringify(input.params),
      createdAt: now,
      dedupeKey: input.key,
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return inserted.length === 1;
}

export async function noticesOf(tx: Db, userId: string, limit: number) {
  return tx
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

/** Marks one's own notice read; answers whether the user has such a notice at all. */
export async function markRead(tx: Db, userId: string, id: string, now: Date): Promise<boolean> {
  await tx
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)),
    );
  const [mine] = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return mine !== undefined;
}
