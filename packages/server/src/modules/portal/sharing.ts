/**
 * Who may see our file: the family reads which organisations share in it, on which legal basis,
 * and gives or withdraws its agreement per organisation. A share counts only while the agreement
 * is given (the core's shareIsValid), so a withdrawal closes the file to that organisation with
 * the next request; the coordinator is told. The organisation that holds the file keeps it on
 * another ground, which the page says instead of offering a button.
 */
import type { PortalSharing } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { coordinatorsOf } from '../cases/index.ts';
import { noticeOnce } from '../notifications/index.ts';
import { organizationNamesOf, setAgreement, sharesOf } from './queries.ts';
import { forParentsOnly } from './readPortal.ts';

async function sharingWithin(c: CaseAccess): Promise<PortalSharing> {
  const shares = await sharesOf(c.tx, c.caseId);
  const names = await organizationNamesOf(c.tx, [c.row.organizationId]);
  return {
    holder: { organizationId: c.row.organizationId, name: names.get(c.row.organizationId) ?? '' },
    shares: shares.map((s) => ({ ...s, recordedAt: s.recordedAt.toISOString() })),
  };
}

export async function ourSharing(ctx: AccessContext, caseId: string): Promise<PortalSharing> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      if (c.basis !== 'parent') throw forParentsOnly();
      c.note({ part: 'sharing' });
      return sharingWithin(c);
    },
  );
}

export async function changeAgreement(
  ctx: AccessContext,
  caseId: string,
  organizationId: string,
  agreement: 'given' | 'withdrawn',
): Promise<PortalSharing> {
  return withCase(
    ctx,
    { caseId, action: 'co_write', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'sharing', share: organizationId, agreement });
      if (organizationId === c.row.organizationId)
        throw new AppError(
          'conflict',
          'This organisation holds your file: it keeps it as long as it helps your family. Talk it over with your contact person.',
          'organizationId',
        ).because('holds_case');
      const changed = await setAgreement(
        c.tx,
        { caseId, organizationId, agreement, recordedBy: c.principal.userId },
        c.now,
      );
      if (!changed)
        throw new AppError(
          'not_found',
          'This organisation does not share in your file. Choose one from the list.',
          'organizationId',
        ).because('no_such_share');
      await noticeOnce(
        c.tx,
        await coordinatorsOf(c.tx, caseId),
        `family-agreement:${caseId}:${organizationId}:${c.now.toISOString()}`,
        'family_agreement_changed',
        {
          caseId,
          organizationId,
          organization: (await organizationNamesOf(c.tx, [organizationId])).get(organizationId),
          agreement,
          by: c.principal.displayName,
        },
        c.now,
      );
      return sharingWithin(c);
    },
  );
}
