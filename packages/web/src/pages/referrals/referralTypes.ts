/** The shapes the referral pages exchange with the API. */
import type { ReferralDraft } from '@omringd/core/referral';

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
export type Deadline = {
  id: string;
  label: Labels;
  dueAt: string;
  metAt: string | null;
  overdue: boolean;
};
export type Referral = {
  id: string;
  status: string;
  programmeKey: string | null;
  receivingOrganizationName: string;
  content: ReferralDraft;
  flaggedIneligible: boolean;
  routedTo: string | null;
  assignedTo: { id: string; displayName: string } | null;
  referrer: { displayName: string };
  registeredBy: { displayName: string } | null;
  serviceName: string | null;
  viewerSides: ('referrer' | 'receiver')[];
  careTable: { agreedAt: string | null; heldAt: string | null } | null;
  dutyLine: { name: string; contacts: { kind: 'phone' | 'email'; value: string }[] } | null;
  consent: {
    discussedWithParents: { by: string; at: string } | null;
    agreementToShare: 'given' | 'refused' | 'not_asked';
    agreementRecorded: { by: string; at: string } | null;
    legalBasis: string | null;
  };
  caseId: string | null;
  outcomeReason: string | null;
  feedback: string;
  deadlines: Deadline[];
  sentAt: string | null;
  updatedAt: string;
};

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
