/** The draft as typed so far (autosave): only its referrer, only while it is a draft. */
import type { ReferralDraft, ReferralView } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withReferral } from '../../kernel/guards/referralGuard.ts';
import { saveDraftContent } from './queries.ts';
import { view } from './view.ts';

export async function saveDraft(
  ctx: AccessContext,
  id: string,
  content: ReferralDraft,
): Promise<ReferralView> {
  return withReferral(
    ctx,
    { referralId: id, action: 'edit_draft', audit: 'update', purpose: 'care' },
    async (r) => {
      const row = await saveDraftContent(r.tx, id, content, r.now);
      if (row === undefined)
        throw new AppError(
          'conflict',
          'This referral was sent at the same moment and can no longer be changed. Reload the page.',
        ).because('already_sent');
      r.note({ draft: true });
      return view(r.tx, row, r.now, r.principal);
    },
  );
}
