/**
 * The referral's lifecycle, aligned with the FHIR Task statuses of closed-loop referrals. The
 * table says who may move a referral from which status to which, and whether a reason is needed.
 */
export const referralStatuses = [
  'draft',
  'requested',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'failed',
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** How a status is said to people outside the application (e-mails); the pages have their own. */
export const referralStatusLabels: Record<ReferralStatus, { nl: string; en: string }> = {
  draft: { nl: 'Concept', en: 'Draft' },
  requested: { nl: 'Verstuurd, wacht op antwoord', en: 'Sent, waiting for an answer' },
  accepted: { nl: 'Aanvaard', en: 'Accepted' },
  rejected: { nl: 'Niet opgenomen', en: 'Not taken up' },
  'in-progress': { nl: 'Loopt', en: 'In progress' },
  'on-hold': { nl: 'Gepauzeerd', en: 'On hold' },
  completed: { nl: 'Afgerond', en: 'Completed' },
  cancelled: { nl: 'Ingetrokken', en: 'Withdrawn' },
  failed: { nl: 'Niet gelukt', en: 'Did not succeed' },
};

/**
 * The reference a referral is known by on the phone and in e-mails: short, without family data,
 * and the same wherever it is shown (the first eight characters of its id).
 */
export function referralReference(id: string): string {
  return `OMR-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** The sides of a referral: who sent it, and who received it (the coordinator on intake). */
export const referralActors = ['referrer', 'receiver'] as const;
export type ReferralActor = (typeof referralActors)[number];

export const outcomeReasons = [
  'redirected_to_regular_help',
  'not_eligible',
  'no_capacity',
  'could_not_contact',
  'family_declined',
  'referrer_withdrew',
  'goals_reached',
  'duplicate',
] as const;
export type OutcomeReason = (typeof outcomeReasons)[number];

export type Transition = {
  from: ReferralStatus;
  to: ReferralStatus;
  by: readonly ReferralActor[];
  /** A reason from the list is required (and its free-text note is kept). */
  reasons: readonly OutcomeReason[] | null;
};

export const transitions: readonly Transition[] = [
  { from: 'draft', to: 'requested', by: ['referrer'], reasons: null },
  { from: 'draft', to: 'cancelled', by: ['referrer'], reasons: null },
  { from: 'requested', to: 'accepted', by: ['receiver'], reasons: null },
  {
    from: 'requested',
    to: 'rejected',
    by: ['receiver'],
    reasons: ['redirected_to_regular_help', 'not_eligible', 'no_capacity', 'duplicate'],
  },
  {
    from: 'requested',
    to: 'cancelled',
    by: ['referrer'],
    reasons: ['referrer_withdrew', 'family_declined', 'duplicate'],
  },
  { from: 'accepted', to: 'in-progress', by: ['receiver'], reasons: null },
  {
    from: 'accepted',
    to: 'failed',
    by: ['receiver'],
    reasons: ['could_not_contact', 'family_declined'],
  },
  {
    from: 'in-progress',
    to: 'on-hold',
    by: ['receiver'],
    reasons: ['no_capacity', 'could_not_contact', 'family_declined'],
  },
  { from: 'on-hold', to: 'in-progress', by: ['receiver'], reasons: null },
  {
    from: 'in-progress',
    to: 'completed',
    by: ['receiver'],
    reasons: ['goals_reached', 'redirected_to_regular_help'],
  },
  {
    from: 'in-progress',
    to: 'failed',
    by: ['receiver'],
    reasons: ['could_not_contact', 'family_declined'],
  },
  {
    from: 'on-hold',
    to: 'failed',
    by: ['receiver'],
    reasons: ['could_not_contact', 'family_declined', 'no_capacity'],
  },
];

export const finalStatuses: readonly ReferralStatus[] = [
  'rejected',
  'completed',
  'cancelled',
  'failed',
];

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | {
      ok: false;
      problem: 'no_such_transition' | 'not_your_step' | 'reason_required' | 'reason_not_allowed';
    };

export function checkTransition(
  from: ReferralStatus,
  to: ReferralStatus,
  actor: ReferralActor,
  reason: OutcomeReason | null,
): TransitionCheck {
  const transition = transitions.find((t) => t.from === from && t.to === to);
  if (transition === undefined) return { ok: false, problem: 'no_such_transition' };
  if (!transition.by.includes(actor)) return { ok: false, problem: 'not_your_step' };
  if (transition.reasons === null)
    return reason === null
      ? { ok: true, transition }
      : { ok: false, problem: 'reason_not_allowed' };
  if (reason === null) return { ok: false, problem: 'reason_required' };
  return transition.reasons.includes(reason)
    ? { ok: true, transition }
    : { ok: false, problem: 'reason_not_allowed' };
}
