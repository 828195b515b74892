/**
 * Accounts and sign-in: teams within social-map organisations, users with memberships (a role in
 * an organisation and optionally a team), invitations, sessions stored server-side, second factor
 * and recovery codes, throttling of failures, and the e-mail outbox.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './schema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true });

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [unique('teams_org_name').on(t.organizationId, t.name)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    /** Lower-cased; the login name. Null for a family account reached by text message only. */
    email: text('email').unique(),
    /**
     * A family account's mobile number (E.164, +32…): its invitation, codes and notices go by text
     * message, and it signs in with it. Null for everyone else.
     */
    mobile: text('mobile').unique(),
    displayName: text('display_name').notNull(),
    /** argon2id (PHC string); null until the invitation is accepted or for OIDC-only accounts. */
    passwordHash: text('password_hash'),
    status: text('status', { enum: ['invited', 'active', 'deactivated'] }).notNull(),
    /** Base32 TOTP secret, set once enrolment is confirmed with a valid code. */
    totpSecret: text('totp_secret'),
    /** A secret shown during enrolment, not yet confirmed. */
    totpPendingSecret: text('totp_pending_secret'),
    /** The last accepted TOTP time step: a code of this step or earlier is a replay. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    /** The language chosen once and kept (the portal offers seven; e-mails are nl or en). */
    locale: text('locale', { enum: ['nl', 'en', 'fr', 'ar', 'tr', 'pl', 'uk'] })
      .notNull()
      .default('nl'),
    /** A work phone number that referrers see when this person is their contact person. */
    phone: text('phone'),
    /** An invented person of the demo (OMRINGD_DEMO): the only accounts that sign in without a factor. */
    demo: boolean('demo').notNull().default(false),
    createdAt: instant('created_at').notNull(),
    passwordChangedAt: instant('password_changed_at'),
    deactivatedAt: instant('deactivated_at'),
  },
  (t) => [check('users_email_or_mobile', sql`${t.email} is not null or ${t.mobile} is not null`)],
);

/** An external identity (OpenID Connect issuer + subject) linked to a user. */
export const userIdentities = pgTable(
  'user_identities',
  {
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.subject] })],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    role: text('role').notNull(),
    /** For a network coordinator: the provinces (codes) whose social map they manage. */
    regionProvinces: text('region_provinces')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('memberships_user_idx').on(t.userId)],
);

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the code: codes are random and long, a fast hash suffices. */
    codeHash: text('code_hash').notNull(),
    usedAt: instant('used_at'),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey(),
    /** SHA-256 of the single-use token in the link; the token itself is only in the e-mail. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    acceptedAt: instant('accepted_at'),
    /** A newer invitation to the same person replaced this one: its link no longer works. */
    revokedAt: instant('revoked_at'),
  },
  (t) => [
    // One live invitation per person: a second one revokes the first in the same transaction.
    uniqueIndex('invitations_one_live_per_user')
      .on(t.userId)
      .where(sql`accepted_at IS NULL AND revoked_at IS NULL`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    /** SHA-256 of the cookie value: a stolen database copy does not hold usable sessions. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: instant('created_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    absoluteExpiresAt: instant('absolute_expires_at').notNull(),
    /** Set when the password (and, when required, the second factor) were checked. */
    authenticatedAt: instant('authenticated_at'),
    /** Waiting for the second factor (or its enrolment) before the session is complete. */
    pendingStep: text('pending_step', { enum: ['totp', 'totp_enrolment', 'email_code'] }),
    /**
     * For a parent's sign-in: the hash of the code sent to their e-mail address, and until when
     * it counts (the code itself is only in the e-mail; it works once).
     */
    pendingCodeHash: text('pending_code_hash'),
    pendingCodeExpiresAt: instant('pending_code_expires_at'),
    method: text('method', { enum: ['password', 'oidc', 'demo', 'passkey'] }).notNull(),
    revokedAt: instant('revoked_at'),
    revokedReason: text('revoked_reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Sign-in attempts counted per key (an account's password, an address, an account's second
 * factor, a password change) in a fixed window. An attempt is counted before it is checked, in one
 * statement, so concurrent attempts can never check more than the limit.
 */
export const authAttempts = pgTable('auth_attempts', {
  key: text('key').primaryKey(),
  windowStartedAt: instant('window_started_at').notNull(),
  attempts: integer('attempts').notNull(),
});

/** A file that goes with an e-mail: its name, its MIME type, its text. */
export type EmailAttachment = { filename: string; contentType: string; content: string };

/**
 * Messages to send: e-mails, and text messages to a family's mobile number (no subject, no files).
 * One row per message; the idempotency key makes a retried job send once.
 */
export const outboxEmails = pgTable('outbox_emails', {
  id: uuid('id').primaryKey(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  channel: text('channel', { enum: ['email', 'sms'] })
    .notNull()
    .default('email'),
  /** An e-mail address, or a mobile number in E.164 for a text message. */
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  /**
   * What the body becomes once the message is sent or its secret is used up: an invitation's link
   * (a single-use token) is removed, so the outbox does not keep working secrets.
   */
  bodyAfterSending: text('body_after_sending'),
  /** Files that go with the message (an iCalendar invitation), as text. */
  attachments: jsonb('attachments').$type<EmailAttachment[]>().notNull().default([]),
  createdAt: instant('created_at').notNull(),
  sentAt: instant('sent_at'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
});

/**
 * A role grant that opens family data (or the administrator role) waits for a second
 * administrator of the same organisation (four-eyes): an invitation, or a change of an existing
 * membership. Nothing is granted until it is approved.
 */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['invitation', 'role_change'] }).notNull(),
    /** The membership a role change is for. */
    membershipId: uuid('membership_id').references(() => memberships.id, { onDelete: 'cascade' }),
    /** An invitation: who is invited (the account is made on approval). */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    locale: text('locale', { enum: ['nl', 'en'] })
      .notNull()
      .default('nl'),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    role: text('role').notNull(),
    regionProvinces: text('region_provinces')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    requestedAt: instant('requested_at').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    /** The operator on the command line, when no second administrator exists. */
    decidedByOperator: text('decided_by_operator'),
    decidedAt: instant('decided_at'),
  },
  (t) => [
    index('role_grants_org_status_idx').on(t.organizationId, t.status),
    uniqueIndex('role_grants_one_pending_per_email')
      .on(t.organizationId, t.email)
      .where(sql`status = 'pending' AND kind = 'invitation'`),
    uniqueIndex('role_grants_one_pending_per_membership')
      .on(t.membershipId)
      .where(sql`status = 'pending' AND kind = 'role_change'`),
  ],
);

/** A sign-in with an external provider in progress: state, nonce and PKCE verifier, briefly. */
export const oidcFlows = pgTable('oidc_flows', {
  /** SHA-256 of the state parameter (also kept in the browser's cookie to bind the flow). */
  stateHash: text('state_hash').primaryKey(),
  provider: text('provider').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  /** A family's login started from an invitation: the invitation's token hash, to link it to. */
  invitationTokenHash: text('invitation_token_hash'),
  createdAt: instant('created_at').notNull(),
  expiresAt: instant('expires_at').notNull(),
});

/**
 * Passkeys (WebAuthn credentials): the credential's id and public key (base64url), the signature
 * counter a cloned authenticator would give away, and how the browser reaches it.
 */
export const passkeys = pgTable(
  'passkeys',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    publicKey: text('public_key').notNull(),
    counter: bigint('counter', { mode: 'number' }).notNull(),
    transports: text('transports')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: instant('created_at').notNull(),
    lastUsedAt: instant('last_used_at'),
  },
  (t) => [index('passkeys_user_idx').on(t.userId)],
);

/**
 * A WebAuthn ceremony's challenge, used once before it expires: to add a passkey to an account,
 * to accept an invitation with one, or to sign in with one.
 */
export const webauthnChallenges = pgTable('webauthn_challenges', {
  id: uuid('id').primaryKey(),
  challenge: text('challenge').notNull(),
  purpose: text('purpose', { enum: ['register', 'invitation', 'sign_in'] }).notNull(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  createdAt: instant('created_at').notNull(),
  expiresAt: instant('expires_at').notNull(),
  usedAt: instant('used_at'),
});
