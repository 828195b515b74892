/**
 * The care table of a referral (Zorggarantie: within 48 hours after the parents agreed): the
 * contact person records that the parents agreed, which starts that service level, and that the
 * table was held, which meets it. Only the receiving side, only while the work runs.
 */
import type { ReferralView } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withReferral } from '../../kernel/guards/referralGuard.ts';
import { setCareTableMoment } from './queries.ts';
import { view } from './view.ts';

export const careTableMoments = ['parents_agreed', 'held'] as const;
export type CareTableMoment = (typeof careTableMoments)[number];

export async function recordCareTable(
  ctx: AccessContext,
  id: string,
  moment: CareTableMoment,
): Promise<ReferralView> {
  return withReferral(
    ctx,
    { referralId: id, action: 'decide', audit: 'update', purpose: 'coordination' },
    async (r) => {
      if (r.row.status !== 'accepted' && r.row.status !== 'in-progress')
        throw new AppError(
          'conflict',
          `A care table is planned once the referral is accepted and while the work runs; its status is "${r.row.status}".`,
        ).because('care_table_not_now');
      if (moment === 'held' && r.row.careTableAgreedAt === null)
        throw new AppError(
          'conflict',
          'Record first that the parents agreed to a care table: its deadline counts from then.',
        ).because('care_table_agreement_first');
      const already = moment === 'held' ? r.row.careTableHeldAt : r.row.careTableAgreedAt;
      if (already !== null)
        throw new AppError(
          'conflict',
          `This was recorded already, on ${already.toISOString()}. Reload the page to see it.`,
        ).because('already_recorded');
      const updated = await setCareTableMoment(r.tx, id, moment, r.now);
      if (updated === undefined) throw new Error('The referral was not updated.');
      r.note({ careTable: moment });
      return view(r.tx, updated, r.now, r.principal);
    },
  );
}
