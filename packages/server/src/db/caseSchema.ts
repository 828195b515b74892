/**
 * PROTECTED: family and case data. Only the access layer (src/access/) may import this module;
 * a lint rule and a test enforce it. Everything here is read and written through an
 * AccessContext, which checks the relationship and writes the audit trail in the same transaction.
 */
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './schema.ts';
import { users } from './identitySchema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true });

export const families = pgTable('families', {
  id: uuid('id').primaryKey(),
  /** How the professionals call the family in the file, e.g. "Gezin Peeters". */
  label: text('label').notNull(),
  postalCode: text('postal_code'),
  createdAt: instant('created_at').notNull(),
});

/** A parent's account linked to their own family (family portal). */
export const familyParents = pgTable(
  'family_parents',
  {
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.familyId, t.userId] })],
);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id, { onDelete: 'cascade' }),
    /** The organisation that holds the case (the case coordinator's). */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    concern: text('concern').notNull().default(''),
    /** Restricted fields by name (addiction, violence): shown only to the roles the core names. */
    restricted: jsonb('restricted').$type<Record<string, string>>().notNull().default({}),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [index('cases_family_idx').on(t.familyId)],
);

export const caseMembers = pgTable(
  'case_members',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The organisation the member works for in this case. */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    caseRole: text('case_role', { enum: ['coordinator', 'member'] }).notNull(),
    addedAt: instant('added_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.userId] }),
    index('case_members_user_idx').on(t.userId),
  ],
);

/** Sharing with another organisation (art. 74): legal basis and agreement are separate facts. */
export const caseShares = pgTable(
  'case_shares',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    legalBasis: text('legal_basis').notNull(),
    agreement: text('agreement', { enum: ['given', 'withdrawn', 'refused'] }).notNull(),
    agreementRecordedBy: uuid('agreement_recorded_by').references(() => users.id, {
      onDelete: 'set null',
    }),
    agreementRecordedAt: instant('agreement_recorded_at').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.organizationId] })],
);

export const breakGlassGrants = pgTable(
  'break_glass_grants',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    grantedAt: instant('granted_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('break_glass_case_user_idx').on(t.caseId, t.userId)],
);

/** The referral that led to a case: its referrer sees status and feedback, not the file. */
export const caseReferrals = pgTable(
  'case_referrals',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    referrerUserId: uuid('referrer_user_id')
      .notNull()
      .references(() => users.id),
    status: text('status').notNull(),
    feedback: text('feedback').notNull().default(''),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('case_referrals_case_idx').on(t.caseId),
    index('case_referrals_referrer_idx').on(t.referrerUserId),
  ],
);
