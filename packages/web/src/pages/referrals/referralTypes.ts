/** The shapes the referral pages exchange with the API (what the server declares, from the core). */

export type Labels = { nl: string; en: string };
export type Criterion = { id: string; label: Labels; explanation: Labels };
export type ProgrammeView = {
  key: string;
  name: Labels;
  description: Labels;
  situations: { mode: 'any' | 'all'; items: Criterion[] };
  conditions: Criterion[];
  checklist: Criterion[];
};
/** The eligibility check while typing, as the route declares it. */
export type { EligibilityAnswer as Eligibility } from '@omringd/core/api';
/** A referral as the server answers it: the schema the route declares, shared through the core. */
export type { ReferralView as Referral, DeadlineView as Deadline } from '@omringd/core/api';

/** The parts of the concern made concrete, in the order the form asks them. */
export const concernFields = [
  'behaviour',
  'severity',
  'frequency',
  'impactOnChild',
  'strengths',
  'safetyPresent',
  'minimallyNeeded',
  'regularHelpTried',
] as const;
