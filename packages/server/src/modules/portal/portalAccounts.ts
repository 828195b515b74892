/**
 * Who of the family has access to the family portal, for the case team: which member, whether
 * they accepted the invitation, and for a child of 12 or older the decision on record (why, by
 * whom, when). Opening the family to someone is a decision the team must be able to see.
 */
import type { PortalAccounts } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase } from '../../kernel/guards/caseGuard.ts';
import { portalAccountsOf } from './queries.ts';
import { signInNameOf } from '../../kernel/signInName.ts';

export async function portalAccounts(ctx: AccessContext, caseId: string): Promise<PortalAccounts> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'family_portal' });
      return {
        accounts: (await portalAccountsOf(c.tx, c.row.familyId)).map((a) => ({
          memberId: a.memberId,
          name: a.name,
          email: signInNameOf(a),
          accepted: a.status === 'active',
          childView:
            a.childViewDecision === null
              ? null
              : {
                  reason: a.childViewDecision,
                  decidedBy: a.childViewDecidedBy ?? '',
                  decidedAt: a.childViewDecidedAt?.toISOString() ?? '',
                },
        })),
      };
    },
  );
}
