/**
 * Waiting lists, the bridging help given while a family waits, and the signals coordinators
 * carry upward. Protected like the rest of the case file: only the kernel and the capabilities'
 * query files may import this module; lint and a test on the import graph enforce it.
 */
import type { BridgingKind, SignalCategory, WaitStatus } from '@omringd/core';
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { services } from '../../platform/db/schema.ts';
import { cases } from './caseSchema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A family on a service's waiting list. The region is the family's province when the wait was
 * recorded (for the figures); at most one open wait per case and service (the partial index),
 * so two coordinators adding the same wait at once make one.
 */
export const caseWaits = pgTable(
  'case_waits',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'set null' }),
    /** The service and its provider as named when the wait was recorded. */
    serviceName: text('service_name').notNull(),
    organizationName: text('organization_name').notNull(),
    region: text('region').notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    expectedWeeks: integer('expected_weeks'),
    status: text('status').$type<WaitStatus>().notNull(),
    statusOn: date('status_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull(),
    createdByName: text('created_by_name').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('case_waits_case').on(t.caseId),
    index('case_waits_open_service')
      .on(t.serviceId)
      .where(sql`status in ('waiting', 'offered')`),
    uniqueIndex('case_waits_one_open')
      .on(t.caseId, t.serviceId)
      .where(sql`status in ('waiting', 'offered')`),
  ],
);

/** Help given while the family waits, linked to the wait it bridges. */
export const caseBridging = pgTable(
  'case_bridging',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    waitId: uuid('wait_id')
      .notNull()
      .references(() => caseWaits.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<BridgingKind>().notNull(),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'set null' }),
    provider: text('provider').notNull(),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    createdAt: instant('created_at').notNull(),
    createdByName: text('created_by_name').notNull(),
  },
  (t) => [index('case_bridging_wait').on(t.waitId)],
);

/**
 * A structural problem seen in a case. The link to the case lets the team see its own signals;
 * the report counts them by category, region and quarter without it. The text may name the
 * family, so a signal goes with the case when the case is erased after its retention period.
 */
export const caseSignals = pgTable(
  'case_signals',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    category: text('category').$type<SignalCategory>().notNull(),
    region: text('region').notNull(),
    text: text('text').notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    createdAt: instant('created_at').notNull(),
    createdByName: text('created_by_name').notNull(),
  },
  (t) => [index('case_signals_case').on(t.caseId), index('case_signals_recorded').on(t.recordedOn)],
);
