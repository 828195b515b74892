/**
 * PROTECTED: the care plan of a case, as numbered versions, and its closing. Only the kernel and the capabilities'
 * query files may import this module; lint and a test on the import graph enforce it.
 */
import type { ClosingView, Evaluation, PlanChange, PlanContent } from '@omringd/core';

/** What a closing stores: the view without the moments the columns hold. */
export type ClosingContent = Pick<ClosingView, 'reason' | 'explanation' | 'outcomes' | 'handover'>;
import {
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/identitySchema.ts';
import { cases } from './caseSchema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One version of a case's care plan, never changed afterwards (the application role has no
 * UPDATE on it). The key (case, number) lets only one of two saves of the same version in.
 */
export const casePlanVersions = pgTable(
  'case_plan_versions',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    content: jsonb('content').$type<PlanContent>().notNull(),
    change: jsonb('change').$type<PlanChange>().notNull(),
    /** The evaluation that produced this version, if one did. */
    evaluation: jsonb('evaluation').$type<Evaluation>(),
    createdAt: instant('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdByName: text('created_by_name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.number] })],
);

/**
 * The closing of a case: once (the key is the case), with the outcome per goal, the reason, the
 * hand-over and the last day the file is kept.
 */
export const caseClosings = pgTable('case_closings', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  content: jsonb('content').$type<ClosingContent>().notNull(),
  closedAt: instant('closed_at').notNull(),
  closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
  closedByName: text('closed_by_name').notNull(),
  /** The last day (Brussels) the file is kept; after it the file is erased. */
  keptUntil: date('kept_until', { mode: 'string' }).notNull(),
  retentionYears: integer('retention_years').notNull(),
});
