/** What an error stands for on the audit trail: its outcome, and what the row says of it. */
import type { AuditOutcome } from '@omringd/core';
import { AppError, type AppErrorCode } from '../platform/errors.ts';
import { AccessDenied } from './accessDenied.ts';

const DENIED: ReadonlySet<AppErrorCode> = new Set([
  'unauthenticated',
  'invalid_credentials',
  'second_factor_required',
  'forbidden',
  'csrf',
  'not_found',
  'too_many_attempts',
]);

/** The outcome an error stands for on the audit trail. */
export function outcomeOfError(error: unknown): AuditOutcome {
  if (error instanceof AccessDenied)
    return error.answer === undefined ? 'denied' : outcomeOfError(error.answer);
  if (error instanceof AppError) {
    if (DENIED.has(error.code)) return 'denied';
    if (error.code === 'conflict' || error.code === 'gone') return 'conflict';
    return 'refused';
  }
  return 'failure';
}

/** What the row says about an error: its code and field, never its text (it may quote input). */
export function detailsOfError(error: unknown): Record<string, unknown> {
  if (error instanceof AccessDenied) return { reason: error.reason };
  if (error instanceof AppError)
    return { code: error.code, ...(error.field === undefined ? {} : { field: error.field }) };
  return { error: error instanceof Error ? error.name : 'unknown' };
}
