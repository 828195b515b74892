/**
 * A care table recorded as held (it has started: the moment it began meets the referral's
 * 48-hour service level) or cancelled (everyone invited gets METHOD:CANCEL with a raised
 * SEQUENCE). Both are final.
 */
import { invitees, mayMove, type MeetingView } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { careTableHeldForReferrals, meetingOf, saveMeeting } from './queries.ts';
import { sendInvitations } from './invitations.ts';
import { meetingView } from './meetingView.ts';
import { noteInTimeline } from '../caseFile/index.ts';
import { conflictOf, notFound } from './refusals.ts';

export async function moveMeetingStatus(
  ctx: AccessContext,
  caseId: string,
  meetingId: string,
  input: { version: number; to: 'held' | 'cancelled' },
  publicUrl: string,
): Promise<MeetingView> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'care_table', meetingId, to: input.to });
      const row = await meetingOf(c.tx, caseId, meetingId);
      if (row === undefined) throw notFound();
      if (!mayMove(row.status, input.to))
        throw new AppError(
          'conflict',
          `This care table is ${row.status} already; that is final.`,
        ).because('meeting_final');
      const content = meetingView(row).content;
      if (input.to === 'held' && row.startsAt > c.now)
        throw new AppError(
          'conflict',
          'This care table has not started yet. Record it as held once it has taken place, or move it to the moment it was held.',
        ).because('not_started_yet');
      const saved = await saveMeeting(
        c.tx,
        { caseId, id: meetingId, version: input.version },
        {
          content,
          status: input.to,
          reinvite: input.to === 'cancelled',
          heldAt: input.to === 'held' ? row.startsAt : null,
        },
        c.now,
        c.principal.userId,
      );
      if (saved === undefined)
        throw conflictOf(await meetingOf(c.tx, caseId, meetingId), input.version);
      await noteInTimeline(c, input.to === 'held' ? 'care_table_held' : 'care_table_cancelled', {
        meetingId,
        startsAt: content.startsAt,
      });
      if (input.to === 'held') await careTableHeldForReferrals(c.tx, caseId, row.startsAt, c.now);
      else
        await sendInvitations(
          c.tx,
          {
            meetingId,
            caseId,
            sequence: saved.sequence,
            content,
            kind: 'cancel',
            coordinator: { name: c.principal.displayName, email: c.principal.email },
            publicUrl,
          },
          invitees(content),
          c.now,
        );
      return meetingView(saved);
    },
  );
}
