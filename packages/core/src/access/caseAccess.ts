/**
 * Who may do what with a case, decided from relationships, not from roles alone (shared
 * professional secrecy, decree on integral youth care art. 7, 73–75). Pure: the server gathers the
 * facts, this function decides, and the decision names its basis for the audit trail.
 */
import { rightsOf, type Role } from './roles.ts';

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
  /** The family's own part of the plan: their goals, priorities and scores (family portal). */
  'co_write',
  /** A supporter's part: the agreements they have a part in and the next meeting they are asked to. */
  'read_supporter',
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
  /** The user is a parent of this family, or a child of it with a view of their own (portal). */
  isParentOfFamily: boolean;
  /** The network person of this case the user is, invited by the family as a supporter. */
  supporterPersonId: string | null;
};

export type CaseAccessBasis =
  | 'case_team'
  | 'case_team_shared'
  | 'coordinator'
  | 'break_glass'
  | 'referrer'
  | 'parent'
  | 'supporter';

/**
 * The decision, and on success the roles the user acts in (those held in the organisation of the
 * relationship): field rules read those, never a role held elsewhere.
 */
export type CaseAccessDecision =
  | { allowed: true; basis: CaseAccessBasis; actingRoles: readonly Role[] }
  | { allowed: false; reason: CaseDenialReason };

/** A role held in an organisation (a membership). */
export type HeldRole = { organizationId: string; role: Role };

/** The roles held in one organisation. */
export function rolesIn(held: readonly HeldRole[], organizationId: string): Role[] {
  return [...new Set(held.filter((h) => h.organizationId === organizationId).map((h) => h.role))];
}

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

/**
 * Rights count only in the organisation they are held in: a team member acts with the roles of the
 * organisation they are in the team for, break-the-glass needs the right in the organisation that
 * holds the case; a role in another organisation (an administrator who is also a coordinator
 * elsewhere) opens nothing here.
 */
export function decideCaseAccess(input: {
  action: CaseAction;
  held: readonly HeldRole[];
  relationship: CaseRelationship;
  now: Date;
}): CaseAccessDecision {
  const { action, held, relationship: rel, now } = input;
  const allRoles = [...new Set(held.map((h) => h.role))];
  const allRights = rightsOf(allRoles);

  // Case team: the user's organisation holds the case, or it is shared with a valid share.
  const teamRoles = rel.teamMember === null ? [] : rolesIn(held, rel.teamMember.organizationId);
  if (rel.teamMember !== null && rightsOf(teamRoles).has('case.participate')) {
    const fromOwner = rel.teamMember.organizationId === rel.owningOrganizationId;
    const share = rel.shares.get(rel.teamMember.organizationId);
    if (fromOwner || shareIsValid(share)) {
      const isCoordinator = rel.teamMember.caseRole === 'coordinator';
      const basis: CaseAccessBasis = isCoordinator
        ? 'coordinator'
        : fromOwner
          ? 'case_team'
          : 'case_team_shared';
      const allowed = { allowed: true, basis, actingRoles: teamRoles } as const;
      switch (action) {
        case 'read':
        case 'update':
        case 'read_referral_status':
        case 'export':
          return allowed;
        case 'co_write':
        case 'read_supporter':
          // Professionals write the plan with 'update'; the family's own words are the family's,
          // and a supporter's view is the supporter's (the team reads the whole file).
          return { allowed: false, reason: 'action_not_allowed' };
        case 'read_audit':
        case 'share':
          return isCoordinator && fromOwner
            ? allowed
            : { allowed: false, reason: 'action_not_allowed' };
      }
    }
    if (!rel.isReferrer && rel.breakGlassUntil === null)
      return { allowed: false, reason: shareDenial(share) };
  }

  const ownerRoles = rolesIn(held, rel.owningOrganizationId);
  if (
    rel.breakGlassUntil !== null &&
    rel.breakGlassUntil > now &&
    rightsOf(ownerRoles).has('case.break_glass')
  ) {
    // Emergency access reads the file; it does not change, share or export it.
    return action === 'read' || action === 'read_referral_status'
      ? { allowed: true, basis: 'break_glass', actingRoles: ownerRoles }
      : { allowed: false, reason: 'action_not_allowed' };
  }

  if (rel.isReferrer && allRights.has('referral.create')) {
    return action === 'read_referral_status'
      ? { allowed: true, basis: 'referrer', actingRoles: allRoles }
      : { allowed: false, reason: 'action_not_allowed' };
  }

  if (rel.isParentOfFamily && allRights.has('family.own')) {
    // A parent, or a child of 12 or older with a view of their own: the family's basis.
    const familyRoles = allRoles.filter((r) => r === 'parent' || r === 'child');
    return action === 'read' || action === 'read_referral_status' || action === 'co_write'
      ? { allowed: true, basis: 'parent', actingRoles: familyRoles }
      : { allowed: false, reason: 'action_not_allowed' };
  }

  if (rel.supporterPersonId !== null && allRights.has('family.support')) {
    return action === 'read_supporter'
      ? { allowed: true, basis: 'supporter', actingRoles: ['supporter'] }
      : { allowed: false, reason: 'action_not_allowed' };
  }
  return { allowed: false, reason: 'no_relationship' };
}

/** Break-the-glass is for the case coordinators of the organisation that holds the case. */
export function mayBreakGlass(held: readonly HeldRole[], owningOrganizationId: string): boolean {
  return rightsOf(rolesIn(held, owningOrganizationId)).has('case.break_glass');
}
