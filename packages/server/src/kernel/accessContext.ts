/**
 * The one choke point for protected data. Every request gets an AccessContext (who is asking, or
 * nobody; from where; for which purpose; the clock), every job a SystemContext. Protected data is
 * read and written only inside `audited(...)`, which writes exactly one audit row for the
 * operation: on success in the same transaction as the data, on a denial, conflict or failure
 * after the rollback, so the attempt is always on the record and leaves nothing else behind.
 * Guards (kernel/guards/) build on it; modules never write audit rows themselves.
 */
import type { AuditAction, AuditOutcome, AuditSubjectType, Purpose } from '@omringd/core';
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Database, type Db } from '../platform/db/database.ts';
import type { Clock } from '../platform/clock.ts';
import { AppError } from '../platform/errors.ts';
import { detailsOfError, outcomeOfError } from './auditOutcome.ts';
import { AccessDenied } from './accessDenied.ts';
import {
  auditInsert,
  countAudit,
  writeAudit,
  type AuditActor,
  type AuditEntry,
} from './audit/auditWriter.ts';
import type { Membership, Principal } from './principal.ts';
import type { GatheredCase } from './guards/caseRelationship.ts';

/** A case's access facts read with the session; `found` undefined: no such case. */
export type PrefetchedCase = { caseId: string; found: GatheredCase | undefined };
import { countAttempt, refundAttempt, resetAttempts, type ThrottleKey } from './throttle.ts';

export { AccessDenied } from './accessDenied.ts';

/** In whose name: a membership, or for the system an organisation the work concerns. */
export type ActingAs = Pick<Membership, 'organizationId'> & { role?: Membership['role'] | null };

/** What an audited operation is about; the row names it whatever the outcome. */
export type AuditSpec = {
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId?: string | null;
  caseId?: string | null;
  /** The purpose of use when the request states none. */
  purpose: Purpose;
};

declare const auditedBrand: unique symbol;

/** A transaction whose audit row the kernel writes. Only the kernel makes one. */
export type Scope = {
  readonly tx: Db;
  /** A raw statement of the operation (on its transaction; prepared when it has none). */
  read<R>(query: SQL): Promise<R[]>;
  readonly now: Date;
  readonly principal: Principal | null;
  /** The record this turned out to concern (a new id, the case a referral opened). */
  about(subject: {
    subjectType?: AuditSubjectType;
    subjectId?: string | null;
    caseId?: string | null;
  }): void;
  /** What the audit row says besides who, what and when (never a family's words). */
  note(details: Record<string, unknown>): void;
  /** In the name of this membership (the row's role and organisation). */
  actAs(membership: ActingAs | undefined): void;
  /** The row records this outcome and the transaction still commits (a failed sign-in). */
  settle(outcome: { action?: AuditAction; outcome: AuditOutcome }): void;
  /** Record a denial and stop: nothing done is kept; the denial row is written. */
  deny(reason: string, answer?: AppError, details?: Record<string, unknown>): never;
  readonly [auditedBrand]: true;
};

/**
 * A read-only operation (decision 26): no transaction of its own, as its statements each see the
 * committed data anyway (READ COMMITTED takes a snapshot per statement inside a transaction too).
 * Its last read and its audit row are one statement (`finalRead`), so the data and the row that
 * says who saw it go together; without a final read the row is written before the answer leaves.
 */
export type ReadScope = Scope & {
  /** The last read, sent with the audit row in one statement; what the row says is final then. */
  finalRead<R>(query: SQL): Promise<R[]>;
};

/** Public information (the social map, programmes): read without an audit row. */
export type PublicData = {
  db: Db;
  /** A hot read-only statement (the search), prepared once per shape where that pays. */
  preparedRows<T>(query: SQL): Promise<T[]>;
};

/**
 * The handle the public capabilities (social map, programmes, HSDS) read with. Only they get it
 * (a test on the source holds the line); protected tables stay out of their reach by the import
 * rules and the raw-SQL scan.
 */
export function publicDataOf(database: Database): PublicData {
  return { db: database.db, preparedRows: (q) => database.preparedRows(q) };
}

type Row = {
  spec: AuditSpec;
  subjectType: AuditSubjectType;
  subjectId: string | null;
  caseId: string | null;
  details: Record<string, unknown>;
  as: ActingAs | undefined;
  action: AuditAction;
  outcome: AuditOutcome;
};

function openRow(spec: AuditSpec): Row {
  return {
    spec,
    subjectType: spec.subjectType,
    subjectId: spec.subjectId ?? null,
    caseId: spec.caseId ?? null,
    details: {},
    as: undefined,
    action: spec.action,
    outcome: 'success',
  };
}

const entryOf = (row: Row): AuditEntry => ({
  action: row.action,
  outcome: row.outcome,
  subjectType: row.subjectType,
  subjectId: row.subjectId,
  caseId: row.caseId,
  details: row.details,
});

/** The audited transaction, shared by requests and jobs; they differ in who the actor is. */
abstract class DataContext {
  /** Audit rows this context has committed: the error handler adds one only if there is none. */
  auditRows = 0;

  protected constructor(
    protected readonly database: Database,
    protected readonly clock: Clock,
  ) {}

  abstract readonly principal: Principal | null;
  protected abstract actor(as: ActingAs | undefined, purpose: Purpose): AuditActor;

  now(): Date {
    return this.clock();
  }

  /** Runs one operation on protected data with its one audit row (see the file comment). */
  async audited<T>(spec: AuditSpec, fn: (scope: Scope) => Promise<T>): Promise<T> {
    return this.run(spec, fn, () => true);
  }

  /** Runs a read-only operation with its one audit row (see ReadScope). */
  async auditedRead<T>(spec: AuditSpec, fn: (scope: ReadScope) => Promise<T>): Promise<T> {
    const row = openRow(spec);
    const db = this.database.db;
    // Whether the final read was asked for, and whether its statement (with the row) committed.
    const final = { asked: false, written: false };
    const scope: Omit<ReadScope, typeof auditedBrand> = {
      ...this.scopeOver(db, row, spec),
      read: <R>(query: SQL) => this.database.preparedRows<R>(query),
      note: (details) => {
        if (final.asked) throw new Error('The audit row goes with the final read: note before it.');
        Object.assign(row.details, details);
      },
      finalRead: async <R>(query: SQL) => {
        if (final.asked) throw new Error('An operation has one final read.');
        final.asked = true;
        const insert = auditInsert(db, this.actor(row.as, spec.purpose), entryOf(row));
        const found = await this.database.preparedWrite<R>(
          sql`WITH omringd_audit AS (${insert}) ${query}`,
        );
        final.written = true;
        countAudit(entryOf(row));
        return found;
      },
    };
    try {
      const value = await fn(scope as ReadScope);
      if (!final.written) await this.write(db, row);
      this.auditRows++;
      return value;
    } catch (error) {
      if (final.written) {
        this.auditRows++;
        throw error;
      }
      await this.write(db, {
        ...row,
        outcome: outcomeOfError(error),
        details: { ...row.details, ...detailsOfError(error) },
      });
      this.auditRows++;
      throw error;
    }
  }

  protected async run<T>(
    spec: AuditSpec,
    fn: (scope: Scope) => Promise<T>,
    /** Whether the result is something to record (a job's pass that found nothing new is not). */
    recordable: (value: T) => boolean,
  ): Promise<T> {
    const row = openRow(spec);
    try {
      const result = await this.database.db.transaction(async (tx) => {
        const open = this.scopeOver(tx, row, spec);
        const value = await fn(open as Scope);
        if (recordable(value)) await this.write(tx, row);
        return value;
      });
      if (recordable(result)) this.auditRows++;
      return result;
    } catch (error) {
      await this.database.db.transaction((tx) =>
        this.write(tx, {
          ...row,
          outcome: outcomeOfError(error),
          details: { ...row.details, ...detailsOfError(error) },
        }),
      );
      this.auditRows++;
      throw error;
    }
  }

  /** One row in its own transaction, for what has no data transaction of its own. */
  async record(
    spec: AuditSpec & {
      outcome: AuditOutcome;
      details?: Record<string, unknown>;
      as?: ActingAs | undefined;
    },
  ): Promise<void> {
    await this.database.db.transaction((tx) =>
      this.write(tx, {
        spec,
        subjectType: spec.subjectType,
        subjectId: spec.subjectId ?? null,
        caseId: spec.caseId ?? null,
        details: spec.details ?? {},
        as: spec.as,
        action: spec.action,
        outcome: spec.outcome,
      }),
    );
    this.auditRows++;
  }

  /**
   * Accounts, sessions and invitations (not family data) for signing in and administration:
   * lookups before an operation decides its outcome. Only modules/auth and modules/accounts use it.
   */
  identityData(): Db {
    return this.database.db;
  }

  /** Sign-in throttling: each statement commits at once, whatever the request does next. */
  readonly throttle = {
    count: (keys: readonly ThrottleKey[]) => countAttempt(this.database.db, keys, this.clock()),
    reset: (key: ThrottleKey) => resetAttempts(this.database.db, key),
    refund: (key: ThrottleKey) => refundAttempt(this.database.db, key),
  };

  private write(tx: Db, row: Row): Promise<void> {
    return writeAudit(tx, this.actor(row.as, row.spec.purpose), entryOf(row));
  }

  /** The scope of one operation over a handle: what it may say about its audit row. */
  private scopeOver(tx: Db, row: Row, spec: AuditSpec): Omit<Scope, typeof auditedBrand> {
    return {
      tx,
      read: <R>(query: SQL) => rows<R>(tx, query),
      now: this.clock(),
      principal: this.principal,
      about: (subject) => {
        if (subject.subjectType !== undefined) row.subjectType = subject.subjectType;
        if (subject.subjectId !== undefined) row.subjectId = subject.subjectId;
        if (subject.caseId !== undefined) row.caseId = subject.caseId;
      },
      note: (details) => {
        Object.assign(row.details, details);
      },
      actAs: (membership) => {
        row.as = membership;
      },
      settle: (settled) => {
        row.outcome = settled.outcome;
        if (settled.action !== undefined) row.action = settled.action;
      },
      deny: (reason, answer, details) => {
        if (details !== undefined) Object.assign(row.details, details);
        throw new AccessDenied(reason, spec.subjectType, answer);
      },
    };
  }
}

/** A request: the signed-in user (or nobody), the network address, the stated purpose. */
export class AccessContext extends DataContext {
  constructor(
    database: Database,
    readonly principal: Principal | null,
    readonly ip: string | null,
    /** The purpose the request states; operations fall back to their own default. */
    readonly statedPurpose: Purpose | null,
    clock: Clock,
  ) {
    super(database, clock);
  }

  requirePrincipal(): Principal {
    if (this.principal === null) throw new AppError('unauthenticated', 'Sign in first.');
    return this.principal;
  }

  /** One case's access facts, gathered with the session (kernel/sessions.ts). */
  private gathered: PrefetchedCase | undefined;

  offerGathered(gathered: PrefetchedCase): void {
    this.gathered = gathered;
  }

  /**
   * The facts gathered with the session for this case, once: a read's guard decides from them
   * instead of asking the database again; a later guard in the same request asks anew.
   */
  takeGathered(caseId: string): PrefetchedCase | undefined {
    const gathered = this.gathered;
    if (gathered?.caseId !== caseId) return undefined;
    this.gathered = undefined;
    return gathered;
  }

  protected actor(as: ActingAs | undefined, purpose: Purpose): AuditActor {
    const membership = as ?? this.principal?.memberships[0];
    return {
      userId: this.principal?.userId ?? null,
      userName: this.principal?.displayName ?? null,
      role: membership?.role ?? null,
      organizationId: membership?.organizationId ?? null,
      purpose: this.statedPurpose ?? purpose,
      ip: this.ip,
    };
  }
}

/**
 * A job of the system (the sweeps, the nightly anchor) or the operator's command line: no user,
 * a named actor on every row. Its reads for deciding what to do are not audited one by one; what
 * it changes or sends is.
 */
export class SystemContext extends DataContext {
  readonly principal = null;

  constructor(
    database: Database,
    clock: Clock,
    /** Who acts, as the trail shows it, e.g. "deadline sweep (system)". */
    readonly actorName: string,
  ) {
    super(database, clock);
  }

  /** Reads a job needs to decide what to do, in one transaction. */
  async read<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return this.database.db.transaction(fn);
  }

  /**
   * A job's step that may find its work done already (a notice sent on an earlier pass): audited
   * when it did something (`fn` answers true), silent when it found nothing new.
   */
  async act(spec: AuditSpec, fn: (scope: Scope) => Promise<boolean>): Promise<boolean> {
    return this.run(spec, fn, (did) => did);
  }

  protected actor(as: ActingAs | undefined, purpose: Purpose): AuditActor {
    return {
      userId: null,
      userName: this.actorName,
      role: null,
      organizationId: as?.organizationId ?? null,
      purpose,
      ip: null,
    };
  }
}
