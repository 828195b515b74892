/**
 * The audit trail (NEN 7513 fields). Append-only: triggers refuse UPDATE, DELETE and TRUNCATE. A
 * BEFORE INSERT trigger numbers each row from a sequence, takes the time from the database's clock
 * and puts the row in the queue of rows to seal; the sealer then chains the committed rows in
 * order with SHA-256 (`audit_chain`, migration 0019). No lock is shared by the writers, so audited
 * requests do not wait for each other. Only the kernel's audit files import this module.
 */
import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditEvents = pgTable(
  'audit_events',
  {
    /** Assigned by the trigger from a sequence: unique, rising, with gaps where a write rolled back. */
    id: bigint('id', { mode: 'number' })
      .primaryKey()
      .default(sql`0`),
    /** Set by the trigger from the database's clock: the application cannot choose it. */
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
  },
  (t) => [
    index('audit_events_case_idx').on(t.caseId, t.id),
    index('audit_events_user_idx').on(t.userId, t.id),
  ],
);

/**
 * The hash chain over the trail, in the order the sealer met the committed rows: position 1, 2, …
 * without gaps, each hash over the previous hash and the whole event. Append-only like the trail.
 */
export const auditChain = pgTable('audit_chain', {
  position: bigint('position', { mode: 'number' }).primaryKey(),
  eventId: bigint('event_id', { mode: 'number' }).notNull().unique(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

/** Rows written and not yet sealed; the sealer takes them out as it chains them. */
export const auditUnsealed = pgTable('audit_unsealed', {
  eventId: bigint('event_id', { mode: 'number' }).primaryKey(),
});
