/** Figures without family data, for network coordinators and administrators. */
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withRight } from '../../kernel/guards/rightGuard.ts';
import { caseloadCounts } from './queries.ts';

const DAY_MS = 24 * 3600 * 1000;

export async function caseloadFigures(ctx: AccessContext) {
  return withRight(
    ctx,
    {
      right: 'aggregate.read',
      refusal: 'Your role does not give access to figures.',
      audit: 'read',
      subjectType: 'case',
      purpose: 'reporting',
    },
    async (a) => {
      a.note({ aggregate: 'caseload' });
      return caseloadCounts(a.tx, new Date(a.now.getTime() - 30 * DAY_MS));
    },
  );
}
