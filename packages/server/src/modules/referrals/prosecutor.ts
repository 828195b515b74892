/**
 * Veilig van in de buik: without a legal mandate before birth, the public prosecutor (Parket)
 * can be involved only once the child is born: as the referral said, or as the case file
 * records it since. Enforced here, with a message that says so.
 */
import {
  hasBornChild,
  referralDraftSchema,
  type Programme,
  type ReferralView,
} from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withReferral } from '../../kernel/guards/referralGuard.ts';
import { caseHasBornChild } from '../caseFile/index.ts';
import { recordEvent } from './queries.ts';
import { programmeOf, view } from './view.ts';

/** Which programme rules forbid the public prosecutor before birth (a new kind must say so). */
const blocksProsecutorBeforeBirth: Record<Programme['rules'][number]['kind'], boolean> = {
  prosecutor_only_after_birth: true,
};
const onlyAfterBirth = (rule: Programme['rules'][number]) => blocksProsecutorBeforeBirth[rule.kind];

export async function referToProsecutor(
  ctx: AccessContext,
  id: string,
  note: string,
): Promise<ReferralView> {
  return withReferral(
    ctx,
    { referralId: id, action: 'prosecutor', audit: 'update', purpose: 'coordination' },
    async (r) => {
      const programme = await programmeOf(r.tx, r.row);
      const content = referralDraftSchema.parse(r.row.content);
      const born =
        hasBornChild(content) ||
        (r.row.caseId !== null && (await caseHasBornChild(r.tx, r.row.caseId)));
      if ((programme?.rules ?? []).some(onlyAfterBirth) && !born)
        throw new AppError(
          'conflict',
          'A referral to the public prosecutor (Parket) is possible only once the child is born: before birth there is no legal mandate. Record the birth in the case file first.',
          'family.children',
        ).because('not_born_yet');
      await recordEvent(
        r.tx,
        {
          referralId: id,
          byUserId: r.principal.userId,
          fromStatus: r.row.status,
          toStatus: r.row.status,
          reason: 'prosecutor_referral',
          note,
        },
        r.now,
      );
      r.note({ prosecutorReferral: true });
      return view(r.tx, r.row, r.now, r.principal);
    },
  );
}
