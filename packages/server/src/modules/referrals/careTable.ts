/**
 * The care table of a referral (Zorggarantie: within 48 hours after the parents agreed): the
 * contact person records that the parents agreed, which starts that service level. The table
 * itself is a meeting in the case file; recording it as held there meets the level (the moment
 * "held" here is refused with that pointer). Only the receiving side, only while the work runs.
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
      if (moment === 'held')
        throw new AppError(
          'conflict',
          `A care table is recorded as held in the case file: plan it with POST /api/v1/cases/${r.row.caseId ?? '{case}'}/care-tables, then record its status as held. That meets this deadline.`,
        ).because('care_table_in_case');
      const already = r.row.careTableAgreedAt;
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
