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
export type RuleResult = {
  rule: string;
  status: 'met' | 'not_met' | 'unknown';
  explanation: Labels;
};
export type Eligibility = {
  eligible: boolean | null;
  rules: RuleResult[];
  /** The child's age as the social-map search asks it. */
  searchAge: number | 'pregnant' | null;
};
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
