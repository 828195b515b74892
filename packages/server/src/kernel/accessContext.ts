/**
 * The one choke point for protected data. Every request gets an AccessContext: who is asking
 * (or nobody), from where, for which purpose, and the clock. Protected data is read and written
 * only inside `ctx.transaction`, whose scope carries the audit writer: the audit row commits with
 * the data. A denial is thrown as AccessDenied; its audit row is written after the rollback, so a
 * denial is always recorded and leaves nothing else behind.
 */
import type { AuditSubjectType, Purpose } from '@omringd/core';
import type { Database, Db } from '../platform/db/database.ts';
import type { Clock } from '../platform/clock.ts';
import { writeAudit, type AuditActor, type AuditEntry } from './audit/auditWriter.ts';
import type { Membership, Principal } from './principal.ts';
import { AppError } from '../platform/errors.ts';

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'unknown');

/** The user may not know the record exists: the API answers 404, as for a missing record. */
export class AccessDenied extends Error {
  constructor(
    readonly entry: AuditEntry & { subjectType: AuditSubjectType },
    readonly as: Membership | undefined,
    /** What to answer instead of 404 when the user knows the record (e.g. 409 for a sent referral). */
    readonly answer?: AppError,
  ) {
    super('access denied');
    this.name = 'AccessDenied';
  }
}

export type Scope = {
  tx: Db;
  now: Date;
  principal: Principal | null;
  /** Audit on this transaction, in the name of a membership (role and organisation). */
  audit(entry: AuditEntry, as?: Membership): Promise<void>;
  /**
   * Record a denial and stop: the transaction rolls back, the denial row is still written. The
   * answer is 404 unless `answer` says otherwise (only for records the user may know exist).
   */
  deny(
    entry: Omit<AuditEntry, 'outcome'> & { subjectType: AuditSubjectType },
    as?: Membership,
    answer?: AppError,
  ): never;
};

export class AccessContext {
  constructor(
    private readonly database: Database,
    readonly principal: Principal | null,
    readonly ip: string | null,
    /** The purpose the request states; actions fall back to their own default. */
    readonly statedPurpose: Purpose | null,
    private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock();
  }

  actor(as: Membership | undefined, purpose: Purpose): AuditActor {
    const fallback = this.principal?.memberships[0];
    const membership = as ?? fallback;
    return {
      userId: this.principal?.userId ?? null,
      userName: this.principal?.displayName ?? null,
      role: membership?.role ?? null,
      organizationId: membership?.organizationId ?? null,
      purpose: this.statedPurpose ?? purpose,
      ip: this.ip,
    };
  }

  async transaction<T>(purpose: Purpose, fn: (scope: Scope) => Promise<T>): Promise<T> {
    const now = this.clock();
    try {
      return await this.database.db.transaction(async (tx) => {
        const scope: Scope = {
          tx,
          now,
          principal: this.principal,
          audit: (entry, as) => writeAudit(tx, this.actor(as, purpose), entry, now),
          deny: (entry, as, answer) => {
            throw new AccessDenied({ ...entry, outcome: 'denied' }, as, answer);
          },
        };
        return fn(scope);
      });
    } catch (error) {
      if (error instanceof AccessDenied) {
        await this.database.db.transaction((tx) =>
          writeAudit(tx, this.actor(error.as, purpose), error.entry, now),
        );
      } else if (this.principal !== null && !(error instanceof AppError)) {
        // The work failed and rolled back: the attempt is still on the record, as a failure.
        await this.database.db.transaction((tx) =>
          writeAudit(
            tx,
            this.actor(undefined, purpose),
            { action: 'update', outcome: 'failure', details: { error: errorName(error) } },
            now,
          ),
        );
      }
      throw error;
    }
  }

  /** Audit outside a data transaction (sign-in, sign-out): one row, its own transaction. */
  async record(purpose: Purpose, entry: AuditEntry, as?: Membership): Promise<void> {
    const now = this.clock();
    await this.database.db.transaction((tx) => writeAudit(tx, this.actor(as, purpose), entry, now));
  }
}
