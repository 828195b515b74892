/**
 * Errors are data: a code the UI translates, an English message that says what to do, and the
 * field it concerns. One mapping to HTTP status lives in the API layer.
 */
export const appErrorCodes = [
  'invalid_input',
  'unknown_postcode',
  'unknown_municipality',
  'not_found',
  'too_large',
  'unauthenticated',
  'invalid_credentials',
  'second_factor_required',
  'forbidden',
  'csrf',
  'too_many_attempts',
  'weak_password',
  'gone',
  'conflict',
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

/**
 * Why, more precisely than the code: each reason has its own message in every locale of the web
 * package (a test holds the list and the locale files together), so a page never says "this is
 * not possible now" when it knows the cause.
 */
export const errorReasons = [
  // conflict
  'changed_meanwhile',
  'already_sent',
  'not_your_referral',
  'receiver_only',
  'wrong_status',
  'no_such_step',
  'other_side_step',
  'reason_required',
  'reason_not_allowed',
  'not_born_yet',
  'care_table_not_now',
  'care_table_agreement_first',
  'already_recorded',
  'holds_case',
  'other_organisation',
  'already_coordinator',
  'no_longer_coordinator',
  'account_exists',
  'grant_waiting',
  'grant_decided',
  'membership_gone',
  'team_exists',
  'own_account',
  'works_elsewhere',
  'no_code_expected',
  'totp_exists',
  'totp_not_started',
  'exists',
  'no_receiver',
  'can_receive',
  'meeting_final',
  'care_table_in_case',
  'same_route',
  'decision_in_plan',
  'case_closed',
  'parent_has_account',
  'agenda_full',
  'parent_not_linked',
  'passkey_not_for_role',
  'invited_elsewhere',
  'visit_slot_taken',
  'supporter_has_account',
  'visit_decided',
  // not_found
  'no_such_slot',
  'no_coming_meeting',
  'no_such_visit',
  'no_such_share',
  'no_demo_person',
  'no_such_version',
  'no_such_decision',
  'no_plan_yet',
  'not_closed',
  'budget_exists',
  'no_budget',
  'no_fund',
  'budget_case_maximum',
  'budget_residential_share',
  'budget_fund',
  'budget_structural',
  'budget_outside_period',
  'budget_overpaid',
  'already_reversed',
  'payments_first',
  'no_extension',
  'extension_used',
  'extension_waiting',
  'no_extension_waiting',
  'already_waiting',
  'wrong_wait_step',
  'wait_ended',
  'no_such_wait',
  // weak_password
  'password_too_short',
  'password_too_long',
  'password_personal',
  'password_guessable',
  // forbidden
  'outside_region',
  'flanders_only',
  'not_a_parent',
  'login_not_linked',
  // invalid_input
  'cannot_receive',
  'not_an_adult',
  'visit_in_past',
  'child_under_12',
  'not_involvable',
  'not_a_supporter',
  'child_view_reason',
  'rhythm_not_allowed',
  'unknown_postcode',
  'birth_in_future',
  'not_unborn',
  'birth_too_early',
  'birth_too_long_ago',
  'due_date_past',
  'due_date_far',
  'family_words',
  'unknown_scorer',
  'unknown_kind',
  'occurred_in_future',
  'unknown_participant',
  'family_not_agreed',
  'not_started_yet',
  'unknown_reference',
  'no_budget_rules',
  'above_maximum',
  'before_wait',
  // invalid_credentials
  'wrong_code',
  'wrong_email_code',
  'passkey_failed',
  'wrong_current_password',
] as const;
export type ErrorReason = (typeof errorReasons)[number];

export class AppError extends Error {
  reason: ErrorReason | undefined;
  /** For a conflict: the record as it is now, so the page can show both versions to merge. */
  current: unknown;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
    /** Several fields at once, each with what to fix (e.g. an incomplete referral). */
    readonly fields?: { field: string; message: string; reason?: ErrorReason }[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** The precise cause, for the page's own message: `throw new AppError(…).because('…')`. */
  because(reason: ErrorReason): this {
    this.reason = reason;
    return this;
  }

  /** The record as it is now, sent with a conflict: `throw new AppError('conflict', …).showing(row)`. */
  showing(current: unknown): this {
    this.current = current;
    return this;
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
