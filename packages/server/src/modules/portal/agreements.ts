/**
 * The care table's agreements as the family answers them: for each agreement of a care table
 * held, this parent agrees or not, with a comment in their words. The answer is the parent's
 * own confirmation on the agreement (who recorded it and when are set here); the care table
 * changes by its version, so an answer never overwrites a change made meanwhile.
 */
import type { MeetingView, PortalPlan } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { meetingOf, meetingView, saveMeeting } from '../careTable/index.ts';

/** The agreements of the care tables held, with this member's answer. */
export function agreementsFor(
  meetings: MeetingView[],
  memberId: string | null,
): PortalPlan['agreements'] {
  return meetings
    .filter((m) => m.status === 'held')
    .flatMap((m) =>
      m.content.agreements.map((a) => {
        const mine = a.confirmations.find((c) => c.memberId === memberId);
        return {
          meetingId: m.id,
          heldOn: m.heldAt ?? m.content.startsAt,
          agreementId: a.id,
          text: a.text,
          answer: mine === undefined ? null : { agreed: mine.agreed, comment: mine.comment },
        };
      }),
    );
}

const noSuchAgreement = () =>
  new AppError(
    'not_found',
    'This care table has no such agreement. Reload the page and choose one of its agreements.',
  ).because('no_such_decision');

async function memberOf(c: CaseAccess): Promise<string> {
  const memberId = c.parentMemberId;
  if (memberId === null)
    throw new AppError(
      'conflict',
      'Your account is not yet linked to you in the family details. Ask your contact person to invite you again.',
    ).because('parent_not_linked');
  return memberId;
}

export async function answerAgreement(
  ctx: AccessContext,
  caseId: string,
  at: { meetingId: string; agreementId: string },
  answer: { agreed: boolean; comment: string },
): Promise<PortalPlan['agreements']> {
  return withCase(
    ctx,
    { caseId, action: 'co_write', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'care_table', meetingId: at.meetingId, agreement: at.agreementId });
      const memberId = await memberOf(c);
      const row = await meetingOf(c.tx, caseId, at.meetingId);
      if (row === undefined || row.status !== 'held') throw noSuchAgreement();
      const view = meetingView(row);
      if (!view.content.agreements.some((a) => a.id === at.agreementId)) throw noSuchAgreement();
      const confirmation = {
        memberId,
        agreed: answer.agreed,
        comment: answer.comment,
        recordedBy: c.principal.displayName,
        at: c.now.toISOString(),
      };
      const content = {
        ...view.content,
        agreements: view.content.agreements.map((a) =>
          a.id !== at.agreementId
            ? a
            : {
                ...a,
                confirmations: [
                  ...a.confirmations.filter((x) => x.memberId !== memberId),
                  confirmation,
                ],
              },
        ),
      };
      const saved = await saveMeeting(
        c.tx,
        { caseId, id: at.meetingId, version: row.version },
        { content, status: row.status, reinvite: false, heldAt: row.heldAt },
        c.now,
        c.principal.userId,
      );
      if (saved === undefined)
        throw new AppError(
          'conflict',
          'The care table was changed just now. Reload the page and give your answer again.',
        ).because('changed_meanwhile');
      return agreementsFor([meetingView(saved)], memberId);
    },
  );
}

/**
 * Preparing the next care table: what the family wants to talk about goes on its agenda, in the
 * family's words and marked as theirs (the invitation itself does not change).
 */
export async function addToAgenda(
  ctx: AccessContext,
  caseId: string,
  meetingId: string,
  text: string,
): Promise<{ agenda: string[] }> {
  return withCase(
    ctx,
    { caseId, action: 'co_write', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'care_table', meetingId, agenda: 'family' });
      const row = await meetingOf(c.tx, caseId, meetingId);
      if (row === undefined || (row.status !== 'planned' && row.status !== 'moved'))
        throw new AppError(
          'not_found',
          'There is no coming care table with this id. Reload the page.',
        ).because('no_such_decision');
      const view = meetingView(row);
      const item = `${c.principal.displayName}: ${text}`.slice(0, 300);
      if (view.content.agenda.length >= 20)
        throw new AppError(
          'conflict',
          'The agenda of this care table is full. Tell your contact person what you want to talk about.',
        ).because('agenda_full');
      const content = { ...view.content, agenda: [...view.content.agenda, item] };
      const saved = await saveMeeting(
        c.tx,
        { caseId, id: meetingId, version: row.version },
        { content, status: row.status, reinvite: false, heldAt: row.heldAt },
        c.now,
        c.principal.userId,
      );
      if (saved === undefined)
        throw new AppError(
          'conflict',
          'The care table was changed just now. Reload the page and write it again.',
        ).because('changed_meanwhile');
      return { agenda: meetingView(saved).content.agenda };
    },
  );
}
