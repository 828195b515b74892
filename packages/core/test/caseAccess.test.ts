import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseActions,
  decideCaseAccess,
  mayReadRestrictedField,
  requiresSecondFactor,
  roleDefinitions,
  rightsOf,
  roles,
  type CaseRelationship,
  type CaseShareFacts,
  type Role,
} from '../src/access/index.ts';

const OWNER = 'org-owner';
const OTHER = 'org-other';
const now = new Date('2026-11-22T10:00:00Z');

const none: CaseRelationship = {
  teamMember: null,
  owningOrganizationId: OWNER,
  shares: new Map(),
  isReferrer: false,
  breakGlassUntil: null,
  isParentOfFamily: false,
};

function decide(role: Role, relationship: Partial<CaseRelationship>, action = 'read' as const) {
  return decideCaseAccess({
    action,
    roles: [role],
    rights: rightsOf([role]),
    relationship: { ...none, ...relationship },
    now,
  });
}

describe('case access', () => {
  it('a member of the case team in the owning organisation reads and updates', () => {
    const rel = { teamMember: { caseRole: 'member' as const, organizationId: OWNER } };
    expect(decide('first_line', rel)).toEqual({ allowed: true, basis: 'case_team' });
    expect(decide('first_line', rel, 'update' as never).allowed).toBe(true);
    expect(decide('first_line', rel, 'read_audit' as never)).toEqual({
      allowed: false,
      reason: 'action_not_allowed',
    });
  });

  it('only the coordinator of the owning organisation reads the audit trail and shares', () => {
    const rel = { teamMember: { caseRole: 'coordinator' as const, organizationId: OWNER } };
    expect(decide('case_coordinator', rel, 'read_audit' as never).allowed).toBe(true);
    expect(decide('case_coordinator', rel, 'share' as never).allowed).toBe(true);
  });

  it('a member from another organisation needs a legal basis and the agreement still given', () => {
    const member = { caseRole: 'member' as const, organizationId: OTHER };
    const share = (s: CaseShareFacts) => ({ teamMember: member, shares: new Map([[OTHER, s]]) });
    expect(decide('expert', share({ legalBasis: 'art. 74 DIJ', agreement: 'given' }))).toEqual({
      allowed: true,
      basis: 'case_team_shared',
    });
    expect(decide('expert', share({ legalBasis: 'art. 74 DIJ', agreement: 'withdrawn' }))).toEqual({
      allowed: false,
      reason: 'agreement_not_given',
    });
    expect(decide('expert', share({ legalBasis: ' ', agreement: 'given' }))).toEqual({
      allowed: false,
      reason: 'share_without_legal_basis',
    });
    expect(decide('expert', { teamMember: member })).toEqual({
      allowed: false,
      reason: 'no_relationship',
    });
  });

  it('the referrer sees the status of the referral, not the file', () => {
    expect(decide('first_line', { isReferrer: true }, 'read_referral_status' as never)).toEqual({
      allowed: true,
      basis: 'referrer',
    });
    expect(decide('first_line', { isReferrer: true }).allowed).toBe(false);
  });

  it('break-the-glass reads for a limited time, and only with the right', () => {
    const until = new Date(now.getTime() + 60_000);
    expect(decide('case_coordinator', { breakGlassUntil: until })).toEqual({
      allowed: true,
      basis: 'break_glass',
    });
    expect(decide('case_coordinator', { breakGlassUntil: now }).allowed).toBe(false);
    expect(decide('first_line', { breakGlassUntil: until }).allowed).toBe(false);
    expect(decide('case_coordinator', { breakGlassUntil: until }, 'update' as never).allowed).toBe(
      false,
    );
  });

  it('network coordinators and administrators never see a case, whatever the relationship', () => {
    const relationship = fc.record({
      teamMember: fc.option(
        fc.record({
          caseRole: fc.constantFrom('coordinator' as const, 'member' as const),
          organizationId: fc.constantFrom(OWNER, OTHER),
        }),
      ),
      isReferrer: fc.boolean(),
      breakGlassUntil: fc.option(fc.constant(new Date(now.getTime() + 1000))),
      isParentOfFamily: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.constantFrom<Role>('network_coordinator', 'administrator'),
        relationship,
        fc.constantFrom(...caseActions),
        (role, rel, action) =>
          !decideCaseAccess({
            action,
            roles: [role],
            rights: rightsOf([role]),
            relationship: { ...none, ...rel },
            now,
          }).allowed,
      ),
    );
  });

  it('without any relationship nobody is allowed anything', () => {
    fc.assert(
      fc.property(
        fc.subarray([...roles], { minLength: 1 }),
        fc.constantFrom(...caseActions),
        (held, action) =>
          !decideCaseAccess({
            action,
            roles: held,
            rights: rightsOf(held),
            relationship: none,
            now,
          }).allowed,
      ),
    );
  });

  it('a withdrawn agreement closes every action for the other organisation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...caseActions),
        fc.constantFrom<Role>(...roles),
        (action, role) => {
          const d = decide(
            role,
            {
              teamMember: { caseRole: 'member', organizationId: OTHER },
              shares: new Map([
                [OTHER, { legalBasis: 'art. 74', agreement: 'withdrawn' as const }],
              ]),
            },
            action as 'read',
          );
          return !d.allowed;
        },
      ),
    );
  });
});

describe('restricted fields and second factor', () => {
  it('addiction and violence details only for coordinator and expert in the case team', () => {
    expect(mayReadRestrictedField('addiction', ['case_coordinator'], 'coordinator')).toBe(true);
    expect(mayReadRestrictedField('addiction', ['first_line'], 'case_team')).toBe(false);
    expect(mayReadRestrictedField('violence', ['case_coordinator'], 'break_glass')).toBe(false);
  });

  it('every role that sees family data needs a second factor, and so do the managing roles', () => {
    for (const role of roles.filter((r) => roleDefinitions[r].seesFamilyData))
      expect(requiresSecondFactor([role])).toBe(true);
    expect(requiresSecondFactor(['administrator'])).toBe(true);
    expect(requiresSecondFactor(['network_coordinator'])).toBe(true);
    expect(requiresSecondFactor([])).toBe(false);
  });
});
