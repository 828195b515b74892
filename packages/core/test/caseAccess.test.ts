import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseActions,
  decideCaseAccess,
  mayBreakGlass,
  mayReadRestrictedField,
  requiresSecondFactor,
  roleDefinitions,
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
  supporterPersonId: null,
};

/** One role, held in the organisation of the team membership (else the owning one). */
function decide(
  role: Role,
  relationship: Partial<CaseRelationship>,
  action = 'read' as const,
  organizationId = relationship.teamMember?.organizationId ?? OWNER,
) {
  return decideCaseAccess({
    action,
    held: [{ organizationId, role }],
    relationship: { ...none, ...relationship },
    now,
  });
}
const ok = (basis: string): unknown => expect.objectContaining({ allowed: true, basis });

describe('case access', () => {
  it('a supporter the family invited reads their own part, and nothing else of the file', () => {
    const rel = { supporterPersonId: 'n-oma' };
    expect(decide('supporter', rel, 'read_supporter' as never)).toEqual(ok('supporter'));
    for (const action of caseActions.filter((a) => a !== 'read_supporter'))
      expect(decide('supporter', rel, action as never).allowed).toBe(false);
    // Without the link, or without the role, the supporter's part opens nothing.
    expect(decide('supporter', {}, 'read_supporter' as never).allowed).toBe(false);
    expect(decide('parent', { ...rel, isParentOfFamily: true }, 'read_supporter' as never)).toEqual(
      { allowed: false, reason: 'action_not_allowed' },
    );
    // The team reads the whole file; the supporter's view is the supporter's.
    const team = { teamMember: { caseRole: 'coordinator' as const, organizationId: OWNER } };
    expect(decide('case_coordinator', team, 'read_supporter' as never).allowed).toBe(false);
  });

  it('a child with a view of their own reads and co-writes as the family, in their own role', () => {
    const rel = { isParentOfFamily: true };
    expect(decide('child', rel)).toEqual({
      allowed: true,
      basis: 'parent',
      actingRoles: ['child'],
    });
    expect(decide('child', rel, 'co_write' as never).allowed).toBe(true);
    expect(decide('child', rel, 'update' as never).allowed).toBe(false);
  });

  it('a member of the case team in the owning organisation reads and updates', () => {
    const rel = { teamMember: { caseRole: 'member' as const, organizationId: OWNER } };
    expect(decide('first_line', rel)).toEqual(ok('case_team'));
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
    expect(decide('expert', share({ legalBasis: 'art. 74 DIJ', agreement: 'given' }))).toEqual(
      ok('case_team_shared'),
    );
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
    expect(decide('first_line', { isReferrer: true }, 'read_referral_status' as never)).toEqual(
      ok('referrer'),
    );
    expect(decide('first_line', { isReferrer: true }).allowed).toBe(false);
  });

  it('break-the-glass reads for a limited time, and only with the right', () => {
    const until = new Date(now.getTime() + 60_000);
    expect(decide('case_coordinator', { breakGlassUntil: until })).toEqual(ok('break_glass'));
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
      supporterPersonId: fc.option(fc.constant('n-oma')),
    });
    fc.assert(
      fc.property(
        fc.constantFrom<Role>('network_coordinator', 'administrator'),
        relationship,
        fc.constantFrom(...caseActions),
        (role, rel, action) =>
          !decideCaseAccess({
            action,
            held: [
              { organizationId: OWNER, role },
              { organizationId: OTHER, role },
            ],
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
            held: held.map((role) => ({ organizationId: OWNER, role })),
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

describe('rights count in the organisation they are held in', () => {
  it('a team member whose role is held in another organisation than the team membership gets nothing', () => {
    const rel = { teamMember: { caseRole: 'member' as const, organizationId: OWNER } };
    expect(decide('case_coordinator', rel, 'read', OTHER)).toEqual({
      allowed: false,
      reason: 'no_relationship',
    });
  });

  it('break-the-glass only by a coordinator of the organisation that holds the case', () => {
    const until = new Date(now.getTime() + 60_000);
    expect(decide('case_coordinator', { breakGlassUntil: until }, 'read', OTHER).allowed).toBe(
      false,
    );
    expect(mayBreakGlass([{ organizationId: OTHER, role: 'case_coordinator' }], OWNER)).toBe(false);
    expect(mayBreakGlass([{ organizationId: OWNER, role: 'case_coordinator' }], OWNER)).toBe(true);
  });

  it('an administrator of the owning organisation who coordinates elsewhere acts as nobody here', () => {
    fc.assert(
      fc.property(fc.constantFrom(...caseActions), (action) => {
        const d = decideCaseAccess({
          action,
          held: [
            { organizationId: OWNER, role: 'administrator' },
            { organizationId: OTHER, role: 'case_coordinator' },
          ],
          relationship: {
            ...none,
            teamMember: { caseRole: 'coordinator', organizationId: OWNER },
            breakGlassUntil: new Date(now.getTime() + 1000),
          },
          now,
        });
        return !d.allowed;
      }),
    );
  });

  it('field rules read the roles of the acting organisation', () => {
    const d = decideCaseAccess({
      action: 'read',
      held: [
        { organizationId: OWNER, role: 'first_line' },
        { organizationId: OTHER, role: 'case_coordinator' },
      ],
      relationship: { ...none, teamMember: { caseRole: 'member', organizationId: OWNER } },
      now,
    });
    if (!d.allowed) throw new Error('expected access');
    expect(mayReadRestrictedField('addiction', d.actingRoles, d.basis)).toBe(false);
  });
});

describe('restricted fields and second factor', () => {
  it('addiction and violence details only for coordinator and expert in the case team', () => {
    expect(mayReadRestrictedField('addiction', ['case_coordinator'], 'coordinator')).toBe(true);
    expect(mayReadRestrictedField('addiction', ['first_line'], 'case_team')).toBe(false);
    expect(mayReadRestrictedField('violence', ['case_coordinator'], 'break_glass')).toBe(false);
  });

  it('every professional role that sees family data needs an authenticator, and so do the managing roles', () => {
    for (const role of roles.filter(
      (r) =>
        roleDefinitions[r].seesFamilyData && r !== 'parent' && r !== 'child' && r !== 'supporter',
    ))
      expect(requiresSecondFactor([role])).toBe(true);
    // A parent is asked for no authenticator app: the family portal has its own ways in.
    expect(requiresSecondFactor(['parent'])).toBe(false);
    expect(requiresSecondFactor(['child'])).toBe(false);
    expect(requiresSecondFactor(['supporter'])).toBe(false);
    // A parent who also works on cases keeps the professional's authenticator.
    expect(requiresSecondFactor(['parent', 'case_coordinator'])).toBe(true);
    expect(requiresSecondFactor(['administrator'])).toBe(true);
    expect(requiresSecondFactor(['network_coordinator'])).toBe(true);
    expect(requiresSecondFactor([])).toBe(false);
  });
});
