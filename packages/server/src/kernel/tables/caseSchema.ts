/**
 * PROTECTED: family and case data. Only the kernel and the capabilities' query files
 * (modules/<capability>/queries.ts) may import this module; lint and a test on the import graph
 * enforce it. Everything here is read and written through an
 * AccessContext, which checks the relationship and writes the audit trail in the same transaction.
 */
import type {
  Eligibility,
  ExternalReferrer,
  ExternalRoute,
  FamilyDetails,
  ReferralDraft,
} from '@omringd/core';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations, services } from '../../platform/db/schema.ts';
import { users } from '../../platform/db/identitySchema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/** Bytes; PGlite returns a Uint8Array, node-postgres a Buffer: both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

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
    /**
     * Which member of the family details the parent is (what is hidden from them is hidden by
     * this id); null for a link made before members were named: such a parent sees nothing
     * hidden from anyone.
     */
    memberId: text('member_id'),
    /**
     * For a child of 12 or older with a view of their own: why, who decided, and when (the
     * decree presumes them capable; the decision is the coordinator's and stays on record).
     */
    childViewDecision: text('child_view_decision'),
    childViewDecidedBy: text('child_view_decided_by'),
    childViewDecidedAt: instant('child_view_decided_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.familyId, t.userId] }),
    // One account per member of the family.
    uniqueIndex('family_parents_member_idx').on(t.familyId, t.memberId),
  ],
);

/**
 * A supporter from the family's network (a grandmother, a neighbour) with an account the family
 * invited: which network person of the case they are. One account per network person.
 */
export const caseSupporters = pgTable(
  'case_supporters',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    networkPersonId: text('network_person_id').notNull(),
    invitedByName: text('invited_by_name').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.userId] }),
    uniqueIndex('case_supporters_person_idx').on(t.caseId, t.networkPersonId),
  ],
);

/**
 * Who the family is (members, address, language, what they want to be called), validated by the
 * core's schema, with a version that every change must name: a save of an older version is a
 * conflict, never a silent overwrite.
 */
export const familyDetails = pgTable('family_details', {
  familyId: uuid('family_id')
    .primaryKey()
    .references(() => families.id, { onDelete: 'cascade' }),
  details: jsonb('details').$type<FamilyDetails>().notNull(),
  version: integer('version').notNull(),
  updatedAt: instant('updated_at').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

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
    // One contact person per case, whatever races: the database refuses a second coordinator.
    uniqueIndex('case_members_one_coordinator')
      .on(t.caseId)
      .where(sql`case_role = 'coordinator'`),
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

/**
 * A referral (aanmelding) to a programme or, as a warm referral, to one service. The referrer
 * follows its status; the receiving coordinators read and decide; accepting opens a case.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey(),
    programmeKey: text('programme_key'),
    programmeVersion: integer('programme_version'),
    /** A warm referral to one service of the social map instead of a programme. */
    serviceId: uuid('service_id').references(() => services.id),
    /** The organisation that receives it: the programme's or the service's. */
    receivingOrganizationId: uuid('receiving_organization_id')
      .notNull()
      .references(() => organizations.id),
    status: text('status').notNull(),
    referrerUserId: uuid('referrer_user_id')
      .notNull()
      .references(() => users.id),
    referrerOrganizationId: uuid('referrer_organization_id')
      .notNull()
      .references(() => organizations.id),
    /** A coordinator who registered a referral received by phone, on behalf of the referrer. */
    registeredBy: uuid('registered_by').references(() => users.id),
    /** The coordinator it was routed to (on duty) and, once accepted, the one contact person. */
    assignedUserId: uuid('assigned_user_id').references(() => users.id),
    /** Where it went: a person on duty, the duty line, the organisation's intake, or outside Omringd. */
    routedTo: text('routed_to', {
      enum: ['coordinator', 'duty_line', 'organization', 'external'],
    }),
    /**
     * A referrer without an account who phoned it in (a GP, a school): who they are and where they
     * hear the status. The registering coordinator holds the referrer's side for them.
     */
    externalReferrer: jsonb('external_referrer').$type<ExternalReferrer>(),
    /** Sent through the service's own route because no one in Omringd can receive it. */
    externalRoute: jsonb('external_route').$type<ExternalRoute>(),
    /** When the referrer is reminded to check that the external route was taken up. */
    followUpAt: instant('follow_up_at'),
    content: jsonb('content').$type<ReferralDraft>().notNull(),
    /** The eligibility as evaluated when sent; an ineligible referral sent with a justification is flagged. */
    eligibility: jsonb('eligibility').$type<Eligibility>(),
    flaggedIneligible: boolean('flagged_ineligible').notNull().default(false),
    discussedWithParentsAt: instant('discussed_with_parents_at'),
    discussedWithParentsBy: uuid('discussed_with_parents_by').references(() => users.id),
    agreementRecordedAt: instant('agreement_recorded_at'),
    agreementRecordedBy: uuid('agreement_recorded_by').references(() => users.id),
    /** The parents agreed to a care table (its service level starts), and when it was held. */
    careTableAgreedAt: instant('care_table_agreed_at'),
    careTableHeldAt: instant('care_table_held_at'),
    caseId: uuid('case_id').references(() => cases.id),
    outcomeReason: text('outcome_reason'),
    feedback: text('feedback').notNull().default(''),
    createdAt: instant('created_at').notNull(),
    sentAt: instant('sent_at'),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('referrals_case_idx').on(t.caseId),
    index('referrals_referrer_idx').on(t.referrerUserId),
    index('referrals_receiver_idx').on(t.receivingOrganizationId, t.status),
  ],
);

/** Every status change with who, when, why. */
export const referralEvents = pgTable(
  'referral_events',
  {
    id: uuid('id').primaryKey(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    at: instant('at').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('referral_events_referral_idx').on(t.referralId, t.at)],
);

/**
 * Messages between the two sides of a referral: a thread, each message kept with who and when
 * (a new one never replaces the last).
 */
export const referralMessages = pgTable(
  'referral_messages',
  {
    id: uuid('id').primaryKey(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    at: instant('at').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    /** The name as it was when written (a name may change later; the thread stays as said). */
    byName: text('by_name').notNull(),
    side: text('side', { enum: ['referrer', 'receiver'] }).notNull(),
    body: text('body').notNull(),
  },
  (t) => [index('referral_messages_referral_idx').on(t.referralId, t.at)],
);

/** Files with a referral, encrypted with AES-256-GCM before they reach the database. */
export const referralAttachments = pgTable(
  'referral_attachments',
  {
    id: uuid('id').primaryKey(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    iv: bytea('iv').notNull(),
    authTag: bytea('auth_tag').notNull(),
    ciphertext: bytea('ciphertext').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: instant('uploaded_at').notNull(),
  },
  (t) => [index('referral_attachments_referral_idx').on(t.referralId)],
);

/**
 * Messages between the family (a parent in the portal) and the case's contact person: plain
 * text, in the order written; who wrote it, and whether from the family's side.
 */
export const familyMessages = pgTable(
  'family_messages',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fromUserId: uuid('from_user_id').references(() => users.id, { onDelete: 'set null' }),
    fromName: text('from_name').notNull(),
    fromFamily: boolean('from_family').notNull(),
    text: text('text').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('family_messages_case_idx').on(t.caseId, t.createdAt)],
);
