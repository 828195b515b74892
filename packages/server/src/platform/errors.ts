/**
 * Errors are data: a code the UI translates, an English message that says what to do, and the
 * field it concerns. One mapping to HTTP status lives in the API layer.
 */
export type AppErrorCode =
  | 'invalid_input'
  | 'unknown_postcode'
  | 'unknown_municipality'
  | 'not_found'
  | 'too_large'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'second_factor_required'
  | 'forbidden'
  | 'csrf'
  | 'too_many_attempts'
  | 'weak_password'
  | 'gone'
  | 'conflict';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
    /** Several fields at once, each with what to fix (e.g. an incomplete referral). */
    readonly fields?: { field: string; message: string }[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function httpStatusOf(code: AppErrorCode): number {
  switch (code) {
    case 'invalid_input':
    case 'unknown_postcode':
    case 'unknown_municipality':
      return 400;
    case 'weak_password':
      return 400;
    case 'unauthenticated':
    case 'invalid_credentials':
    case 'second_factor_required':
      return 401;
    case 'forbidden':
    case 'csrf':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'gone':
      return 410;
    case 'too_large':
      return 413;
    case 'too_many_attempts':
      return 429;
  }
}
