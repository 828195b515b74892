/**
 * The audit trail's vocabulary, after NEN 7513: what happened, to what, by whom, in which role and
 * organisation, for which purpose, with which outcome, from which network address.
 */
export const auditActions = [
  'read',
  'search',
  'create',
  'update',
  'delete',
  'export',
  'print',
  'login',
  'login_failed',
  'logout',
  'break_glass',
  'read_audit',
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * success: done. denied: not allowed (no relationship, no right, not signed in). conflict: allowed
 * but not possible now (a step that is not the caller's, a rule of the programme, a race lost).
 * refused: the request itself was wrong (invalid input). failure: it broke on our side.
 */
export const auditOutcomes = ['success', 'denied', 'conflict', 'refused', 'failure'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** Why data was used (purpose of use); a request states it, the role gives the default. */
export const purposes = [
  'care',
  'coordination',
  'emergency',
  'audit',
  'reporting',
  'administration',
] as const;
export type Purpose = (typeof purposes)[number];

export const auditSubjectTypes = [
  'case',
  'family',
  'referral',
  'attachment',
  'user',
  'organization',
  'team',
  'membership',
  'invitation',
  'service',
  'programme',
  'session',
  'audit_trail',
  'outbox',
  'notification',
  'role_grant',
  'route',
  'fund',
  'report',
] as const;
export type AuditSubjectType = (typeof auditSubjectTypes)[number];
