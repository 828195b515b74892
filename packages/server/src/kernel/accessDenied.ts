import type { AuditSubjectType } from '@omringd/core';
import type { AppError } from '../platform/errors.ts';

/**
 * The user may not know the record exists: the API answers 404, as for a missing record, unless
 * `answer` says otherwise (only for a record the user may see, e.g. 409 for a sent referral).
 */
export class AccessDenied extends Error {
  constructor(
    readonly reason: string,
    readonly subjectType: AuditSubjectType,
    readonly answer?: AppError,
  ) {
    super('access denied');
    this.name = 'AccessDenied';
  }
}
