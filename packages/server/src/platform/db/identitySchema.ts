/**
 * Accounts and sign-in: teams within social-map organisations, users with memberships (a role in
 * an organisation and optionally a team), invitations, sessions stored server-side, second factor
 * and recovery codes, throttling of failures, and the e-mail outbox.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
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

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  /** Lower-cased; the login name. */
  email: text('email').notNull().unique(),
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
  locale: text('locale', { enum: ['nl', 'en'] })
    .notNull()
    .default('nl'),
  createdAt: instant('created_at').notNull(),
  passwordChangedAt: instant('password_changed_at'),
  deactivatedAt: instant('deactivated_at'),
});

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

export const invitations = pgTable('invitations', {
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
});

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
    pendingStep: text('pending_step', { enum: ['totp', 'totp_enrolment'] }),
    method: text('method', { enum: ['password', 'oidc'] }).notNull(),
    revokedAt: instant('revoked_at'),
    revokedReason: text('revoked_reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-ins, per account and per network address, for throttling. */
export const authFailures = pgTable(
  'auth_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    at: instant('at').notNull(),
  },
  (t) => [index('auth_failures_key_at_idx').on(t.key, t.at)],
);

/** E-mails to send. One row per message; the idempotency key makes a retried job send once. */
export const outboxEmails = pgTable('outbox_emails', {
  id: uuid('id').primaryKey(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  createdAt: instant('created_at').notNull(),
  sentAt: instant('sent_at'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
});

/** Messages inside the application (e.g. "someone opened your case with break-the-glass"). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    params: text('params')
      .notNull()
      .default(sql`'{}'`),
    createdAt: instant('created_at').notNull(),
    readAt: instant('read_at'),
    /** Set for notices a job sends: a retried job does not notify twice. */
    dedupeKey: text('dedupe_key').unique(),
  },
  (t) => [index('notifications_user_idx').on(t.userId)],
);

/** A sign-in with an external provider in progress: state, nonce and PKCE verifier, briefly. */
export const oidcFlows = pgTable('oidc_flows', {
  /** SHA-256 of the state parameter (also kept in the browser's cookie to bind the flow). */
  stateHash: text('state_hash').primaryKey(),
  provider: text('provider').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  createdAt: instant('created_at').notNull(),
  expiresAt: instant('expires_at').notNull(),
});
