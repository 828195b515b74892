/** Programme definitions, versioned: each edit is a new version; the highest is current. */
import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Programme } from '@omringd/core';

export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<Programme>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    unique('programmes_key_version').on(t.key, t.version),
    index('programmes_key_idx').on(t.key),
  ],
);
