/**
 * PROTECTED: the backpack budgets of cases, their append-only ledger, and the funds they draw
 * on. Only the kernel and the capabilities' query files may import this module; lint and a test
 * on the import graph enforce it.
 */
import type { BudgetCategory, BudgetRules, EntryKind } from '@omringd/core';
import {
  bigserial,
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/identitySchema.ts';
import { services } from '../../platform/db/schema.ts';
import { cases } from './caseSchema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true });
const cents = (name: string) => bigint(name, { mode: 'number' });

/** A programme's fund for one region and year: the backpack half and the structural half. */
export const budgetFunds = pgTable(
  'budget_funds',
  {
    id: uuid('id').primaryKey(),
    programmeKey: text('programme_key').notNull(),
    region: text('region').notNull(),
    year: integer('year').notNull(),
    backpackCents: cents('backpack_cents').notNull(),
    structuralCents: cents('structural_cents').notNull(),
    createdAt: instant('created_at').notNull(),
    createdByName: text('created_by_name').notNull(),
  },
  (t) => [uniqueIndex('budget_funds_programme_region_year').on(t.programmeKey, t.region, t.year)],
);

/**
 * A case's backpack budget: one per case (the key). The programme's rules are copied in when it
 * is granted, so a later change of the programme does not move a running budget. Every ledger
 * entry of the case first locks this row: spending on one case goes one at a time.
 */
export const caseBudgets = pgTable('case_budgets', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  fundId: uuid('fund_id')
    .notNull()
    .references(() => budgetFunds.id),
  programmeKey: text('programme_key').notNull(),
  programmeVersion: integer('programme_version').notNull(),
  rules: jsonb('rules').$type<BudgetRules>().notNull(),
  maximumCents: cents('maximum_cents').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  justification: text('justification').notNull(),
  createdAt: instant('created_at').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdByName: text('created_by_name').notNull(),
});

/** The one extension a budget may get (the key is the case): asked for, then decided. */
export const budgetExtensions = pgTable('budget_extensions', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => caseBudgets.caseId, { onDelete: 'cascade' }),
  status: text('status').$type<'requested' | 'approved' | 'refused'>().notNull(),
  months: integer('months').notNull(),
  reason: text('reason').notNull(),
  requestedAt: instant('requested_at').notNull(),
  requestedByName: text('requested_by_name').notNull(),
  decidedAt: instant('decided_at'),
  decidedByName: text('decided_by_name'),
  note: text('note').notNull().default(''),
});

/**
 * The ledger: never changed afterwards (the application role has no UPDATE or DELETE on it).
 * Entries of a case's budget name the case; spending on the structural offer names only the
 * fund. A reversal cancels exactly one entry, once (the unique index).
 */
export const budgetEntries = pgTable(
  'budget_entries',
  {
    id: uuid('id').primaryKey(),
    /** The order of entry (a case's entries are written one at a time, under its budget's lock). */
    position: bigserial('position', { mode: 'number' }).notNull(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => budgetFunds.id),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<EntryKind>().notNull(),
    category: text('category').$type<BudgetCategory>().notNull(),
    amountCents: cents('amount_cents').notNull(),
    actionId: text('action_id'),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'set null' }),
    /** The provider's name when the entry was made (a service may leave the map later). */
    providerName: text('provider_name'),
    fromOn: date('from_on', { mode: 'string' }),
    toOn: date('to_on', { mode: 'string' }),
    paidOn: date('paid_on', { mode: 'string' }),
    commitmentId: uuid('commitment_id'),
    reverses: uuid('reverses'),
    note: text('note').notNull().default(''),
    createdAt: instant('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdByName: text('created_by_name').notNull(),
  },
  (t) => [
    index('budget_entries_case').on(t.caseId),
    index('budget_entries_fund').on(t.fundId),
    uniqueIndex('budget_entries_reverses_once').on(t.reverses),
  ],
);
