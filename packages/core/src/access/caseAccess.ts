/**
 * Who may do what with a case, decided from relationships, not from roles alone (shared
 * professional secrecy, decree on integral youth care art. 7, 73–75). Pure: the server gathers the
 * facts, this function decides, and the decision names its basis for the audit trail.
 */
import type { Right, Role } from './roles.ts';

export const caseActions = [
  /** The case file: family, concerns, plan. */
  'read',
  'update',
  /** Who looked at this file. */
  'read_audit',
  /** Share with another organisation, or record a withdrawal of the family's agreement. */
  'share',
  /** Status of a referral and its feedback (what a referrer is told). */
  'read_referral_status',
  'export',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** A share with another organisation (art. 74): legal basis and the family's agreement, apart. */
export type CaseShareFacts = {
  legalBasis: string | null;
  agreement: 'given' | 'withdrawn' | 'refused';
};

/** What the server knows about the user's relationship to one case. */
export type CaseRelationship = {
  /** Member of the case team, and from which organisation. */
  teamMember: { caseRole: 'coordinator' | 'member'; organizationId: string } | null;
  /** The organisation that holds the case. */
  owningOrganizationId: string;
  /** Shares of this case, by organisation. */
  shares: ReadonlyMap<string, CaseShareFacts>;
  /** The user referred this family (and sees status and feedback, not the file). */
  isReferrer: boolean;
  /** A running break-the-glass grant of this user. */
  breakGlassUntil: Date | null;
  /** The user is a parent of this family (family portal). */
  isParentOfFamily: boolean;
};

export type CaseAccessBasis =
  'case_team' | 'case_team_shared' | 'coordinator' | 'break_glass' | 'referrer' | 'parent';

export type CaseAccessDecision =
  { allowed: true; basis: CaseAccessBasis } | { allowed: false; reason: CaseDenialReason };

export type CaseDenialReason =
  'no_relationship' | 'share_without_legal_basis' | 'agreement_not_given' | 'action_not_allowed';

/** A share counts only with both a legal basis and the family's agreement still given. */
export function shareIsValid(share: CaseShareFacts | undefined): boolean {
  return (
    share !== undefined &&
    share.legalBasis !== null &&
    share.legalBasis.trim() !== '' &&
    share.agreement === 'given'
  );
}

function shareDenial(share: CaseShareFacts | undefined): CaseDenialReason {
  if (share === undefined) return 'no_relationship';
  if (share.legalBasis === null || share.legalBasis.trim() === '')
    return 'share_without_legal_basis';
  return 'agreement_not_given';
}

export function decideCaseAccess(input: {
  action: CaseAction;
  rights: ReadonlySet<Right>;
  roles: readonly Role[];
  relationship: CaseRelationship;
  now: Date;
}): CaseAccessDecision {
  const { action, rights, relationship: rel, now } = input;

  // Case team: the user's organisation holds the case, or it is shared with a valid share.
  if (rel.teamMember !== null && rights.has('case.participate')) {
    const fromOwner = rel.teamMember.organizationId === rel.owningOrganizationId;
    const share = rel.shares.get(rel.teamMember.organizationId);
    if (fromOwner || shareIsValid(share)) {
      const isCoordinator = rel.teamMember.caseRole === 'coordinator';
      const basis: CaseAccessBasis = isCoordinator
        ? 'coordinator'
        : fromOwner
          ? 'case_team'
          : 'case_team_shared';
      switch (action) {
        case 'read':
        case 'update':
        case 'read_referral_status':
        case 'export':
          return { allowed: true, basis };
        case 'read_audit':
        case 'share':
          return isCoordinator && fromOwner
            ? { allowed: true, basis }
            : { allowed: false, reason: 'action_not_allowed' };
      }
    }
    if (!rel.isReferrer && rel.breakGlassUntil === null)
      return { allowed: false, reason: shareDenial(share) };
  }

  if (rel.breakGlassUntil !== null && rel.breakGlassUntil > now && rights.has('case.break_glass')) {
    // Emergency access reads the file; it does not change, share or export it.
    return action === 'read' || action === 'read_referral_status'
      ? { allowed: true, basis: 'break_glass' }
      : { allowed: false, reason: 'action_not_allowed' };
  }

  if (rel.isReferrer && rights.has('referral.create')) {
    return action === 'read_referral_status'
      ? { allowed: true, basis: 'referrer' }
      : { allowed: false, reason: 'action_not_allowed' };
  }

  if (rel.isParentOfFamily && rights.has('family.own')) {
    return action === 'read' || action === 'read_referral_status'
      ? { allowed: true, basis: 'parent' }
      : { allowed: false, reason: 'action_not_allowed' };
  }
  return { allowed: false, reason: 'no_relationship' };
}
