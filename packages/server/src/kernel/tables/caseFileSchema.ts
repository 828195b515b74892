/**
 * PROTECTED: the parts of a case file beyond the family (network, life domains, assessment), the
 * 0–10 scores and the recorded timeline. Only the kernel and the capabilities' query files may
 * import this module; lint and a test on the import graph enforce it.
 */
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/identitySchema.ts';
import { cases } from './caseSchema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One editable part of a case file (its key names which), validated by the core's schema of that
 * part, with a version every change must name: a stale save is a conflict, never an overwrite.
 */
export const caseFileParts = pgTable(
  'case_file_parts',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    part: text('part').notNull(),
    content: jsonb('content').notNull(),
    version: integer('version').notNull(),
    updatedAt: instant('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.part] })],
);

/**
 * A 0–10 score: never updated. Who scored is kept twice: the key the trend groups by
 * (user:…, member:…, network:…) and the name as it was when they scored.
 */
export const caseScores = pgTable(
  'case_scores',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    scale: text('scale').notNull(),
    score: smallint('score').notNull(),
    scorerKey: text('scorer_key').notNull(),
    scorerKind: text('scorer_kind').notNull(),
    scorerName: text('scorer_name').notNull(),
    note: text('note').notNull().default(''),
    scoredAt: instant('scored_at').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('case_scores_case_idx').on(t.caseId, t.scale, t.scoredAt)],
);

/** What happened in the case: recorded by a person (a visit, a note) or by the case file itself. */
export const caseTimeline = pgTable(
  'case_timeline',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    recordedAt: instant('recorded_at').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull().default(''),
    /** team | family: who may read a recorded entry. */
    visibility: text('visibility').notNull().default('team'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_timeline_case_idx').on(t.caseId, t.occurredAt)],
);
