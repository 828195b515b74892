/**
 * How a denial answers, in one place (the error handler asks): as the record's own 404, which is
 * identical to the answer for a record that does not exist, or the answer the guard chose for a
 * user who may know the record (409 with the reason).
 */
import type { AuditSubjectType } from '@omringd/core';
import { AppError } from '../platform/errors.ts';
import { AccessDenied } from './accessContext.ts';

const what: Partial<Record<AuditSubjectType, string>> = {
  case: 'case',
  referral: 'referral',
  attachment: 'file',
  notification: 'notice',
  role_grant: 'role grant',
};

export function answerOfDenial(error: unknown): AppError | undefined {
  if (!(error instanceof AccessDenied)) return undefined;
  if (error.answer !== undefined) return error.answer;
  const noun = what[error.subjectType] ?? 'record';
  return new AppError(
    'not_found',
    `There is no ${noun} with this id, or you have no access to it.`,
  );
}
