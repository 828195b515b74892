/**
 * What a referrer is told: status, the thread of messages between the two sides (each kept with
 * who and when) and the one contact person (how to reach them).
 */
import type { ReferralStatusView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { referralThread } from '../referrals/index.ts';
import { contactPersonOf, latestReferralOf } from './queries.ts';

export async function readReferralStatus(
  ctx: AccessContext,
  caseId: string,
): Promise<ReferralStatusView> {
  return withCase(
    ctx,
    { caseId, action: 'read_referral_status', audit: 'read', purpose: 'care' },
    async (c) => {
      const referral = await latestReferralOf(c.tx, caseId);
      const contactPerson = await contactPersonOf(c.tx, caseId);
      c.note({ referralId: referral?.id ?? null, view: 'referral_status' });
      return {
        caseId,
        status: referral?.status ?? 'accepted',
        feedback: referral?.feedback ?? '',
        messages: referral === undefined ? [] : await referralThread(c.tx, referral.id),
        contactPerson:
          contactPerson === undefined
            ? null
            : {
                displayName: contactPerson.name,
                email: contactPerson.email,
                phone: contactPerson.phone,
              },
        updatedAt: (referral?.updatedAt ?? c.now).toISOString(),
      };
    },
  );
}
