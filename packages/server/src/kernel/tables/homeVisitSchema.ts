/**
 * PROTECTED: home visits planned with the family, and the free moments a contact person offers
 * for them. Only the kernel and the capabilities' query files may import this module; lint and a
 * test on the import graph enforce it.
 */
import type { HomeVisitStatus } from '@omringd/core';
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/identitySchema.ts';
import { cases } from './caseSchema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/** A moment a contact person keeps free for a home visit, for any family they coordinate. */
export const visitSlots = pgTable(
  'visit_slots',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startsAt: instant('starts_at').notNull(),
    minutes: integer('minutes').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [uniqueIndex('visit_slots_one_per_moment').on(t.userId, t.startsAt)],
);

/**
 * A home visit the family asked for (a free moment or its own proposal) and the contact person
 * confirmed, declined or cancelled. A free moment goes to one family only: the partial index
 * refuses a second visit holding the same slot, whatever races.
 */
export const homeVisits = pgTable(
  'home_visits',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    slotId: uuid('slot_id').references(() => visitSlots.id, { onDelete: 'set null' }),
    startsAt: instant('starts_at').notNull(),
    minutes: integer('minutes').notNull(),
    status: text('status').$type<HomeVisitStatus>().notNull(),
    topics: text('topics').notNull().default(''),
    answer: text('answer').notNull().default(''),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedByName: text('requested_by_name').notNull(),
    decidedByName: text('decided_by_name'),
    decidedAt: instant('decided_at'),
    sequence: integer('sequence').notNull().default(0),
    /** When the family was reminded, the day before; set once, by the sweep that reminds. */
    remindedAt: instant('reminded_at'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('home_visits_case_idx').on(t.caseId, t.startsAt),
    index('home_visits_to_remind_idx')
      .on(t.startsAt)
      .where(sql`status = 'confirmed' and reminded_at is null`),
    uniqueIndex('home_visits_one_per_slot')
      .on(t.slotId)
      .where(sql`status in ('requested', 'confirmed')`),
  ],
);

/** How often the family chose to be visited (one row per case; the newest choice counts). */
export const visitRhythms = pgTable('visit_rhythms', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  everyWeeks: integer('every_weeks').notNull(),
  chosenByName: text('chosen_by_name').notNull(),
  chosenAt: instant('chosen_at').notNull(),
});
