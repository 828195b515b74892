/** Changing the case file; restricted fields only by the roles that may read them. */
import { mayReadRestrictedField, type CaseView } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { updateCaseRow } from './queries.ts';
import { caseViewIn } from './view.ts';

export type CaseUpdate = {
  title?: string | undefined;
  concern?: string | undefined;
  restricted?: Partial<Record<'addiction' | 'violence', string>> | undefined;
  status?: 'open' | 'closed' | undefined;
};

export async function updateCase(
  ctx: AccessContext,
  caseId: string,
  change: CaseUpdate,
): Promise<CaseView> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      for (const field of Object.keys(change.restricted ?? {}) as ('addiction' | 'violence')[])
        if (!mayReadRestrictedField(field, c.actingRoles, c.basis))
          throw new AppError(
            'forbidden',
            `Only a case coordinator or expert can change "${field}".`,
            `restricted.${field}`,
          );
      const updated = await updateCaseRow(
        c.tx,
        caseId,
        {
          ...(change.title === undefined ? {} : { title: change.title }),
          ...(change.concern === undefined ? {} : { concern: change.concern }),
          ...(change.status === undefined ? {} : { status: change.status }),
          ...(change.restricted === undefined
            ? {}
            : { restricted: { ...c.row.restricted, ...change.restricted } }),
        },
        c.now,
      );
      if (updated === undefined) throw new Error('The case vanished inside its own transaction.');
      c.note({ fields: Object.keys(change) });
      return caseViewIn(c.tx, updated, c.basis, c.actingRoles);
    },
  );
}
