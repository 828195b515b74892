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

export const auditOutcomes = ['success', 'denied', 'failure'] as const;
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
] as const;
export type AuditSubjectType = (typeof auditSubjectTypes)[number];
