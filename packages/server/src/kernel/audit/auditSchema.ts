/**
 * The audit trail (NEN 7513 fields). Append-only: triggers refuse UPDATE, DELETE and TRUNCATE, and
 * a BEFORE INSERT trigger numbers each row and chains it to the previous one with SHA-256
 * (migration 0004). Only the audit writer and the chain verifier import this module.
 */
import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditEvents = pgTable(
  'audit_events',
  {
    /** Assigned by the chain trigger under a lock, so the numbering is the chain's order. */
    id: bigint('id', { mode: 'number' })
      .primaryKey()
      .default(sql`0`),
    /** Set by the chain trigger from the database's clock: the application cannot choose it. */
    occurredAt: timestamp('occurred_at', { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
    action: text('action').notNull(),
    outcome: text('outcome').notNull(),
    userId: uuid('user_id'),
    /** Kept as text: the trail must outlive the account it names. */
    userName: text('user_name'),
    onBehalfOf: uuid('on_behalf_of'),
    role: text('role'),
    organizationId: uuid('organization_id'),
    purpose: text('purpose'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    /** The case the event concerns, for "who looked at this file". */
    caseId: uuid('case_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    index('audit_events_case_idx').on(t.caseId, t.id),
    index('audit_events_user_idx').on(t.userId, t.id),
  ],
);
