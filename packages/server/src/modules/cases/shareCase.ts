/** Art. 74: sharing with another organisation, the legal basis and the family's agreement apart. */
import type { CaseView } from '@omringd/core';
import { eq } from 'drizzle-orm';
import { organizations } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { upsertShare } from './queries.ts';
import { caseViewIn } from './view.ts';

export async function shareCase(
  ctx: AccessContext,
  caseId: string,
  input: {
    organizationId: string;
    legalBasis: string;
    agreement: 'given' | 'withdrawn' | 'refused';
  },
): Promise<CaseView> {
  return withCase(
    ctx,
    { caseId, action: 'share', audit: 'update', purpose: 'coordination' },
    async (c) => {
      const [organization] = await c.tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, input.organizationId));
      if (organization === undefined)
        throw new AppError(
          'not_found',
          'There is no organisation with this id on the social map. Choose one from the list.',
          'organizationId',
        );
      if (input.organizationId === c.row.organizationId)
        throw new AppError(
          'conflict',
          'This organisation holds the case already; a share is for another organisation.',
          'organizationId',
        ).because('holds_case');
      await upsertShare(c.tx, { caseId, ...input, recordedBy: c.principal.userId }, c.now);
      c.note({
        share: input.organizationId,
        legalBasis: input.legalBasis,
        agreement: input.agreement,
      });
      return caseViewIn(c.tx, c.row, c.basis, c.actingRoles);
    },
  );
}
