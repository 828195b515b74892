/**
 * Whom the family can ask to support it: the people of its own circle it agreed to involve, and
 * whether each has been invited already. Read in the portal, as the family's own page.
 */
import { isFormalTie, type PortalSupporters } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { networkWithin } from '../caseFile/index.ts';
import { supportersOf } from './queries.ts';

export async function ourSupporters(ctx: AccessContext, caseId: string): Promise<PortalSupporters> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      if (c.basis !== 'parent')
        throw new AppError(
          'forbidden',
          "The family portal is the family's own view. Open the case to read its network.",
        ).because('not_a_parent');
      c.note({ part: 'supporters' });
      return supportersWithin(c);
    },
  );
}

/** The family's circle it may ask, with who was asked, inside a guard on the case. */
export async function supportersWithin(c: CaseAccess): Promise<PortalSupporters> {
  const invited = await supportersOf(c.tx, c.caseId);
  return {
    people: (await networkWithin(c)).people
      .filter((p) => !isFormalTie(p.tie) && p.involve === 'yes')
      .map((p) => ({
        networkPersonId: p.id,
        name: p.name,
        relation: p.relation,
        invited: invited.has(p.id),
      })),
  };
}
