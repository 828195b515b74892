/**
 * The care table of a referral (Zorggarantie: within 48 hours after the parents agreed): the
 * contact person records that the parents agreed, which starts that service level, and that the
 * table was held, which meets it. Only the receiving side, only while the work runs; audited.
 */
import { eq } from 'drizzle-orm';
import { referrals } from '../../kernel/tables/caseSchema.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { authorized, withReferral } from '../../kernel/guards/referralGuard.ts';
import { view, type ReferralView } from './view.ts';

export const careTableMoments = ['parents_agreed', 'held'] as const;
export type CareTableMoment = (typeof careTableMoments)[number];

export async function recordCareTable(
  ctx: AccessContext,
  id: string,
  moment: CareTableMoment,
): Promise<ReferralView> {
  return withReferral(ctx, 'coordination', async (scope, principal) => {
    const { row, as } = await authorized(scope, principal, id, 'decide', 'update');
    if (row.status !== 'accepted' && row.status !== 'in-progress')
      throw new AppError(
        'conflict',
        `A care table is planned once the referral is accepted and while the work runs; its status is "${row.status}".`,
      );
    if (moment === 'held' && row.careTableAgreedAt === null)
      throw new AppError(
        'conflict',
        'Record first that the parents agreed to a care table: its deadline counts from then.',
      );
    const already = moment === 'held' ? row.careTableHeldAt : row.careTableAgreedAt;
    if (already !== null)
      throw new AppError(
        'conflict',
        `This was recorded already, on ${already.toISOString()}. Reload the page to see it.`,
      );
    const [updated] = await scope.tx
      .update(referrals)
      .set(
        moment === 'held'
          ? { careTableHeldAt: scope.now, updatedAt: scope.now }
          : { careTableAgreedAt: scope.now, updatedAt: scope.now },
      )
      .where(eq(referrals.id, id))
      .returning();
    if (updated === undefined) throw new Error('The referral was not updated.');
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: id,
        caseId: row.caseId,
        details: { careTable: moment },
      },
      as,
    );
    return view(scope.tx, updated, scope.now, scope.principal);
  });
}
