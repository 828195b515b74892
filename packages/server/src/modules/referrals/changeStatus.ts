/**
 * A step in the lifecycle. The receiving side accepts (a case opens, with the acting coordinator
 * as the one contact person), rejects, starts, holds, completes or fails; the referrer withdraws.
 * The lifecycle table (core) says which steps exist and whose they are.
 */
import {
  checkTransition,
  referralDraftSchema,
  type OutcomeReason,
  type ReferralStatus,
  type ReferralView,
} from '@omringd/core';
import { randomUUID } from 'node:crypto';
import { AppError, type ErrorReason } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withReferral } from '../../kernel/guards/referralGuard.ts';
import { openCase } from '../cases/index.ts';
import { startFamily } from '../caseFile/index.ts';
import { noticeOnce, receiversOf } from '../notifications/index.ts';
import { mailExternalReferrer } from './externalReferrerMail.ts';
import { addMessage, moveStatus, recordEvent } from './queries.ts';
import { programmeOf, view } from './view.ts';

const problems = {
  no_such_transition: (from: string, to: string) =>
    `A referral cannot go from "${from}" to "${to}".`,
  not_your_step: () => 'This step is for the other side of the referral.',
  reason_required: () => 'Choose a reason for this step.',
  reason_not_allowed: () => 'This reason does not fit this step. Choose one of the listed reasons.',
} as const;
const reasonOf = {
  no_such_transition: 'no_such_step',
  not_your_step: 'other_side_step',
  reason_required: 'reason_required',
  reason_not_allowed: 'reason_not_allowed',
} as const satisfies Record<keyof typeof problems, ErrorReason>;

export async function changeStatus(
  ctx: AccessContext,
  id: string,
  input: {
    to: ReferralStatus;
    reason: OutcomeReason | null;
    feedback?: string | undefined;
    /** The status it has already is the answer (an idempotent FHIR PUT), not a conflict. */
    unlessAlready?: boolean;
  },
): Promise<ReferralView> {
  return withReferral(
    ctx,
    {
      referralId: id,
      action: (rel) => (rel.isReceiver && input.to !== 'cancelled' ? 'decide' : 'withdraw'),
      audit: 'update',
      purpose: 'coordination',
    },
    async (r) => {
      if (input.unlessAlready === true && r.row.status === input.to) {
        r.note({ unchanged: input.to });
        return view(r.tx, r.row, r.now, r.principal);
      }
      const actor = r.rel.isReceiver && input.to !== 'cancelled' ? 'receiver' : 'referrer';
      const check = checkTransition(r.row.status as ReferralStatus, input.to, actor, input.reason);
      if (!check.ok)
        throw new AppError(
          'conflict',
          problems[check.problem](r.row.status, input.to),
          check.problem.startsWith('reason') ? 'reason' : 'to',
        ).because(reasonOf[check.problem]);
      let caseId = r.row.caseId;
      let assignedUserId = r.row.assignedUserId;
      if (input.to === 'accepted') {
        const receiver = r.rel.receiver;
        if (receiver === undefined) return r.deny('not_receiver');
        const content = referralDraftSchema.parse(r.row.content);
        const parents = content.family.parents.map((p) => p.name).filter((n) => n !== '');
        const opened = await openCase(
          r.tx,
          {
            familyLabel:
              parents.length > 0 ? `Gezin ${parents.join(' en ')}` : 'Gezin (aanmelding)',
            postalCode: content.family.postalCode,
            title: (await programmeOf(r.tx, r.row))?.name.nl ?? 'Warme doorverwijzing',
            concern: content.concern.behaviour,
            restricted: {},
            organizationId: receiver.organizationId,
          },
          r.principal.userId,
          r.now,
        );
        await startFamily(
          r.tx,
          { familyId: opened.familyId, caseId: opened.id },
          {
            family: content.family,
            referrerUserId: r.row.referrerUserId,
            referrerOrganizationId: r.row.referrerOrganizationId,
            externalReferrer: r.row.externalReferrer,
          },
          r.now,
          r.principal.userId,
        );
        caseId = opened.id;
        assignedUserId = r.principal.userId;
      }
      const updated = await moveStatus(
        r.tx,
        r.row,
        { to: input.to, reason: input.reason, feedback: input.feedback, caseId, assignedUserId },
        r.now,
      );
      if (updated === undefined)
        throw new AppError(
          'conflict',
          'Someone changed this referral at the same moment. Reload and try again.',
        ).because('changed_meanwhile');
      await recordEvent(
        r.tx,
        {
          referralId: id,
          byUserId: r.principal.userId,
          fromStatus: r.row.status,
          toStatus: input.to,
          reason: input.reason,
          note: input.feedback ?? '',
        },
        r.now,
      );
      const said = (input.feedback ?? '').trim();
      if (said !== '')
        await addMessage(
          r.tx,
          {
            referralId: id,
            byUserId: r.principal.userId,
            byName: r.principal.displayName,
            side: actor,
            body: said,
          },
          r.now,
        );
      const other =
        actor === 'receiver'
          ? [r.row.referrerUserId]
          : assignedUserId === null
            ? await receiversOf(r.tx, r.row)
            : [assignedUserId];
      if (actor === 'receiver') await mailExternalReferrer(r.tx, updated, input.to, r.now);
      await noticeOnce(
        r.tx,
        other.filter((u) => u !== r.principal.userId),
        `referral_status:${randomUUID()}`,
        'referral_status',
        { referralId: id, status: input.to },
        r.now,
      );
      r.about({ caseId });
      r.note({ from: r.row.status, to: input.to, reason: input.reason });
      return view(r.tx, updated, r.now, r.principal);
    },
  );
}
