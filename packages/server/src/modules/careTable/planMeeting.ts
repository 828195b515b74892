/**
 * Planning a care table on the case: its participants checked against the case file, then the
 * invitations in the outbox, each with its iCalendar REQUEST.
 */
import { invitees, stampConfirmations, type MeetingContent, type MeetingView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { insertMeeting } from './queries.ts';
import { checkParticipants } from './participants.ts';
import { sendInvitations } from './invitations.ts';
import { meetingView } from './meetingView.ts';
import { noteInTimeline } from '../caseFile/index.ts';

export async function planMeeting(
  ctx: AccessContext,
  caseId: string,
  content: MeetingContent,
  publicUrl: string,
): Promise<MeetingView> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'create', purpose: 'care' },
    async (c) => {
      await checkParticipants(c, content);
      const stamped = stampConfirmations(
        null,
        content,
        c.principal.displayName,
        c.now.toISOString(),
      );
      const row = await insertMeeting(c.tx, caseId, stamped, c.now, c.principal.userId);
      const invited = await sendInvitations(
        c.tx,
        {
          meetingId: row.id,
          caseId,
          sequence: row.sequence,
          content: stamped,
          kind: 'invite',
          coordinator: { name: c.principal.displayName, email: c.principal.email },
          publicUrl,
        },
        invitees(stamped),
        c.now,
      );
      c.note({ part: 'care_table', meetingId: row.id, invited });
      await noteInTimeline(c, 'care_table_planned', {
        meetingId: row.id,
        startsAt: stamped.startsAt,
      });
      return meetingView(row);
    },
  );
}
