/**
 * A home visit as an iCalendar object (RFC 5545, iTIP METHOD REQUEST or CANCEL), built with
 * ical-generator: the visit's id is the stable UID and SEQUENCE rises with every decision, so a
 * cancellation replaces the confirmed visit in both calendars. The location never holds the
 * family's address.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { VisitRow } from './queries.ts';

export type VisitCalendar = {
  visit: VisitRow;
  organizer: { name: string; email: string };
  caseUrl: string;
  forParent: boolean;
};

export function visitCalendar({ visit, organizer, caseUrl, forParent }: VisitCalendar): string {
  const cancelled = visit.status === 'cancelled' || visit.status === 'declined';
  const calendar = ical({
    prodId: { company: 'Omringd', product: 'Omringd', language: 'NL' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const talk = visit.topics === '' ? '' : `\n\nWaarover we praten: ${visit.topics}`;
  calendar.createEvent({
    id: visit.id,
    sequence: visit.sequence,
    start: visit.startsAt,
    end: new Date(visit.startsAt.getTime() + visit.minutes * 60_000),
    summary: 'Huisbezoek',
    description: forParent
      ? `Huisbezoek van ${organizer.name}.${talk}`
      : `Huisbezoek. Alles over het gezin vind je in Omringd: ${caseUrl}`,
    location: forParent ? 'Bij jullie thuis' : 'Bij het gezin thuis (het adres staat in Omringd)',
    status: cancelled
      ? ICalEventStatus.CANCELLED
      : visit.status === 'confirmed'
        ? ICalEventStatus.CONFIRMED
        : ICalEventStatus.TENTATIVE,
    organizer,
    stamp: new Date(),
  });
  return calendar.toString();
}
