/**
 * Invitations through the outbox, each with its iCalendar file: to everyone invited with an
 * e-mail address, stored in the transaction of the change, once per meeting, SEQUENCE and person.
 */
import type { MeetingContent, Participant } from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { meetingCalendar } from './calendar.ts';
import { invitationText, type InvitationKind } from './invitationText.ts';

export type Invitation = {
  meetingId: string;
  caseId: string;
  sequence: number;
  content: MeetingContent;
  kind: InvitationKind;
  coordinator: { name: string; email: string };
  publicUrl: string;
};

export async function sendInvitations(
  tx: Db,
  invitation: Invitation,
  to: readonly Participant[],
  now: Date,
): Promise<number> {
  const caseUrl = `${invitation.publicUrl}/dossiers/${invitation.caseId}`;
  const cancelled = invitation.kind === 'cancel';
  let sent = 0;
  for (const person of to) {
    if (person.email === '') continue;
    const reader =
      person.kind === 'parent' ? 'family' : person.kind === 'network' ? 'network' : 'team';
    const { subject, text } = invitationText(
      invitation.kind,
      invitation.content,
      person,
      invitation.coordinator.name,
      caseUrl,
    );
    await enqueueEmail(
      tx,
      {
        idempotencyKey: `care-table:${invitation.meetingId}:${String(invitation.sequence)}:${person.id}:${invitation.kind}`,
        to: person.email,
        subject,
        text,
        attachments: [
          {
            filename: 'zorgtafel.ics',
            contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'REQUEST'}`,
            content: meetingCalendar(
              {
                id: invitation.meetingId,
                sequence: invitation.sequence,
                content: invitation.content,
                cancelled,
                organizer: invitation.coordinator,
                caseUrl,
              },
              reader,
            ),
          },
        ],
      },
      now,
    );
    sent++;
  }
  return sent;
}
