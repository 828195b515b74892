/**
 * Changing a care table with the version seen (a stale save is a 409 with the meeting as it is
 * now). A new moment, place or purpose reaches everyone invited again with a raised SEQUENCE; a
 * participant added gets the invitation; a planned table moved in time is "moved". A confirmation
 * keeps who recorded it and when. A cancelled care table is final.
 */
import {
  changesTheInvitation,
  invitees,
  stampConfirmations,
  type MeetingContent,
  type MeetingView,
} from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { meetingOf, saveMeeting } from './queries.ts';
import { checkParticipants } from './participants.ts';
import { sendInvitations } from './invitations.ts';
import { meetingView } from './meetingView.ts';
import { conflictOf, notFound } from './refusals.ts';

export async function changeMeeting(
  ctx: AccessContext,
  caseId: string,
  meetingId: string,
  input: { version: number; content: MeetingContent },
  publicUrl: string,
): Promise<MeetingView> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'care_table', meetingId, fromVersion: input.version });
      const row = await meetingOf(c.tx, caseId, meetingId);
      if (row === undefined) throw notFound();
      if (row.status === 'cancelled')
        throw new AppError(
          'conflict',
          'This care table was cancelled. Plan a new one instead.',
        ).because('meeting_final');
      await checkParticipants(c, input.content);
      const before = meetingView(row).content;
      const content = stampConfirmations(
        before,
        input.content,
        c.principal.displayName,
        c.now.toISOString(),
      );
      const open = row.status === 'planned' || row.status === 'moved';
      const reinvite = open && changesTheInvitation(before, content);
      const status = open && before.startsAt !== content.startsAt ? 'moved' : row.status;
      const saved = await saveMeeting(
        c.tx,
        { caseId, id: meetingId, version: input.version },
        { content, status, reinvite, heldAt: row.heldAt },
        c.now,
        c.principal.userId,
      );
      if (saved === undefined)
        throw conflictOf(await meetingOf(c.tx, caseId, meetingId), input.version);
      if (open) {
        const known = new Set(before.participants.map((p) => p.id));
        const invitation = {
          meetingId,
          caseId,
          sequence: saved.sequence,
          content,
          coordinator: { name: c.principal.displayName, email: c.principal.email },
          publicUrl,
        };
        const everyone = invitees(content);
        if (reinvite)
          await sendInvitations(c.tx, { ...invitation, kind: 'change' }, everyone, c.now);
        else
          await sendInvitations(
            c.tx,
            { ...invitation, kind: 'invite' },
            everyone.filter((p) => !known.has(p.id)),
            c.now,
          );
      }
      return meetingView(saved);
    },
  );
}
