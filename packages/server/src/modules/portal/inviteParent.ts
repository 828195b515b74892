/**
 * The case coordinator invites a parent to the family portal: an account for one adult of the
 * family details, linked to the family as that member, and an e-mail with a single-use link
 * (through the outbox). Inviting opens the file to someone new, so it takes the right to share.
 * A child of 12 or older can get a view of their own too, with the reason recorded.
 */
import {
  childViewDecisionSchema,
  mayHaveOwnView,
  type FamilyMember,
  type parentInvitationSchema,
} from '@omringd/core';
import type { z } from 'zod';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { inviteUser } from '../accounts/index.ts';
import { familyWithin } from '../caseFile/index.ts';
import { accountOfMember, linkParent, readdressInvited } from './queries.ts';

const hasAccount = () =>
  new AppError(
    'conflict',
    'This parent has an account for the family portal already: they sign in with their e-mail address.',
    'memberId',
  ).because('parent_has_account');

export async function inviteParent(
  ctx: AccessContext,
  caseId: string,
  input: z.output<typeof parentInvitationSchema>,
  publicUrl: string,
): Promise<{ userId: string; memberId: string; email: string | null; mobile: string | null }> {
  return withCase(ctx, { caseId, action: 'share', audit: 'create', purpose: 'care' }, async (c) => {
    c.note({ part: 'family_portal', memberId: input.memberId });
    const member = (await familyWithin(c)).find((m) => m.id === input.memberId);
    const decision = member === undefined ? undefined : childDecision(member, input, c.now);
    if (member === undefined || member.kind === 'unborn')
      throw new AppError(
        'invalid_input',
        'Choose one of the adults in the family details, or a child of 12 or older: only they get an account for the family portal.',
        'memberId',
      ).because('not_an_adult');
    const existing = await accountOfMember(c.tx, c.row.familyId, member.id);
    if (existing !== undefined && existing.status !== 'invited') throw hasAccount();
    // Invited at a wrong address and not accepted yet: the new invitation goes to the right one
    // (the earlier link stops working), the member keeps one account.
    const email = input.email?.trim().toLowerCase() ?? null;
    const mobile = email === null ? (input.mobile ?? null) : null;
    c.note({
      part: 'family_portal',
      memberId: member.id,
      channel: email === null ? 'sms' : 'email',
    });
    if (existing !== undefined && (existing.email !== email || existing.mobile !== mobile)) {
      c.note({ part: 'family_portal', memberId: member.id, readdressed: true });
      if (!(await readdressInvited(c.tx, existing.userId, { email, mobile })))
        throw new AppError(
          'conflict',
          mobile === null
            ? 'Another account uses this e-mail address already. Choose the parent’s own address.'
            : 'Another account uses this mobile number already. Choose the parent’s own number.',
          mobile === null ? 'email' : 'mobile',
        ).because('account_exists');
    }
    const invited = await inviteUser(
      c.tx,
      {
        email: email ?? undefined,
        mobile: mobile ?? undefined,
        displayName: member.name,
        organizationId: c.row.organizationId,
        role: member.kind === 'child' ? 'child' : 'parent',
        locale: input.locale,
        invitedToFamilyBy: c.principal.displayName,
      },
      c.principal.userId,
      publicUrl,
      c.now,
    );
    if (existing === undefined) {
      const linked = await linkParent(
        c.tx,
        {
          familyId: c.row.familyId,
          userId: invited.userId,
          memberId: member.id,
          ...(decision === undefined
            ? {}
            : {
                childViewDecision: decision,
                childViewDecidedBy: c.principal.displayName,
                childViewDecidedAt: c.now,
              }),
        },
        c.now,
      );
      if (!linked) throw hasAccount();
    } else if (existing.userId !== invited.userId)
      throw new AppError(
        'conflict',
        'This parent was invited already with another e-mail address. Send the invitation again to that address, or ask your administrator to remove the first invitation.',
        'email',
      ).because('invited_elsewhere');
    return { userId: invited.userId, memberId: member.id, email, mobile };
  });
}

/** For a child: 12 or older, and the reason they get a view of their own (else undefined). */
function childDecision(
  member: FamilyMember,
  input: z.output<typeof parentInvitationSchema>,
  now: Date,
): string | undefined {
  if (member.kind !== 'child') return undefined;
  if (member.name === '' || !mayHaveOwnView(member.birthDate, now))
    throw new AppError(
      'invalid_input',
      'A child gets a view of their own from 12 years on. Check the birth date and the name in the family details.',
      'memberId',
    ).because('child_under_12');
  const reason = childViewDecisionSchema.safeParse(input.decision ?? '');
  if (!reason.success)
    throw new AppError(
      'invalid_input',
      reason.error.issues[0]?.message ?? 'Write why this child gets a view of their own.',
      'decision',
    ).because('child_view_reason');
  return reason.data;
}
