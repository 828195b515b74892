/**
 * A care table as an iCalendar object (RFC 5545) for its invitations (iTIP, RFC 5546): the
 * meeting's id is the stable UID, SEQUENCE rises with every change the invited must hear of,
 * METHOD:REQUEST for an invitation or a change, METHOD:CANCEL when it is cancelled. Built with
 * ical-generator. The location never holds the family's address: "at home" says so in words.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import type { MeetingContent, Participant } from '@omringd/core';

export type CalendarMeeting = {
  id: string;
  sequence: number;
  content: MeetingContent;
  cancelled: boolean;
  organizer: { name: string; email: string };
  caseUrl: string;
};

/** Who reads the invitation: the family, someone of its network, or a professional. */
export type CalendarReader = 'family' | 'network' | 'team';

export function placeInWords(content: MeetingContent, reader: CalendarReader): string {
  switch (content.place.kind) {
    case 'home':
      switch (reader) {
        case 'family':
          return 'Bij jullie thuis';
        case 'network':
          return 'Bij het gezin thuis';
        case 'team':
          return 'Bij het gezin thuis (het adres staat in Omringd)';
      }
      break;
    case 'known_place':
    case 'social_map':
    case 'other':
      return content.place.text;
  }
}

const partstat = (p: Participant) =>
  p.reply === 'accepted'
    ? ICalAttendeeStatus.ACCEPTED
    : p.reply === 'declined'
      ? ICalAttendeeStatus.DECLINED
      : ICalAttendeeStatus.NEEDSACTION;

/**
 * The .ics text for one invitee: a parent reads their own place words; someone of the network
 * the place and the purpose, never a link into a file they cannot open.
 */
export function meetingCalendar(meeting: CalendarMeeting, reader: CalendarReader): string {
  const start = new Date(meeting.content.startsAt);
  const calendar = ical({
    prodId: { company: 'Omringd', product: 'Omringd', language: 'NL' },
    method: meeting.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: meeting.id,
    sequence: meeting.sequence,
    start,
    end: new Date(start.getTime() + meeting.content.minutes * 60_000),
    summary: 'Zorgtafel',
    description:
      reader === 'team'
        ? `Zorgtafel. Alles over het gezin vind je in Omringd: ${meeting.caseUrl}`
        : meeting.content.purpose,
    location: placeInWords(meeting.content, reader),
    status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: meeting.organizer,
    attendees: meeting.content.participants
      .filter((p) => p.email !== '')
      .map((p) => ({
        name: p.name,
        email: p.email,
        rsvp: true,
        role: ICalAttendeeRole.REQ,
        status: partstat(p),
      })),
    stamp: new Date(),
  });
  return calendar.toString();
}
