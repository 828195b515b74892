/**
 * PROTECTED: the care tables of a case. Only the kernel and the capabilities' query files may
 * import this module; lint and a test on the import graph enforce it.
 */
import type { MeetingContent, MeetingStatus } from '@omringd/core';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/identitySchema.ts';
import { cases } from './caseSchema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A care table: its content validated by the core, a version every change names (a stale save is
 * a conflict), and the iCalendar SEQUENCE that rises with every change the invited must hear of.
 * The UID of its invitations is the meeting's id.
 */
export const caseMeetings = pgTable(
  'case_meetings',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    status: text('status').$type<MeetingStatus>().notNull(),
    startsAt: instant('starts_at').notNull(),
    content: jsonb('content').$type<MeetingContent>().notNull(),
    version: integer('version').notNull(),
    sequence: integer('sequence').notNull().default(0),
    heldAt: instant('held_at'),
    createdAt: instant('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: instant('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('case_meetings_case_idx').on(t.caseId, t.startsAt)],
);
