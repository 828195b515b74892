/**
 * PROTECTED: a person's notices carry case and referral ids and break-the-glass reasons. Only the
 * kernel and the notifications module's queries import this module (a test holds the line).
 */
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/identitySchema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/** Messages inside the application (e.g. "someone opened your case with break-the-glass"). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    params: text('params')
      .notNull()
      .default(sql`'{}'`),
    createdAt: instant('created_at').notNull(),
    readAt: instant('read_at'),
    /** Set for notices a job sends: a retried job does not notify twice. */
    dedupeKey: text('dedupe_key').unique(),
  },
  (t) => [index('notifications_user_idx').on(t.userId)],
);
