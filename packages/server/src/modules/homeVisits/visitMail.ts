/**
 * A confirmed or cancelled visit reaches both calendars: an e-mail through the outbox with the
 * iCalendar file, to each parent with an account and to the contact person, once per visit,
 * SEQUENCE and person. The texts name the moment, never the family.
 */
import type { Db } from '../../platform/db/database.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { brusselsMoment } from './moment.ts';
import { visitCalendar } from './calendar.ts';
import type { VisitRow } from './queries.ts';

/** A parent reached by text message only has no e-mail: their visit is in the portal. */
type Person = { userId: string; name: string; email: string | null };

function text(visit: VisitRow, forParent: boolean, organizer: string, caseUrl: string) {
  const when = brusselsMoment(visit.startsAt);
  if (visit.status === 'confirmed')
    return forParent
      ? {
          subject: `Huisbezoek bevestigd: ${when}`,
          text: `Dag,\n\n${organizer} komt op ${when} bij jullie thuis. Het bestand in deze e-mail zet het bezoek in je agenda.\n\nKan het niet? Stuur een bericht in Omringd, bij Ons gezin.`,
        }
      : {
          subject: `Huisbezoek: ${when}`,
          text: `Het huisbezoek van ${when} staat vast. Het bestand in deze e-mail zet het in je agenda.\n\nAlles over het gezin vind je in Omringd: ${caseUrl}`,
        };
  return forParent
    ? {
        subject: `Huisbezoek gaat niet door: ${when}`,
        text: `Dag,\n\nHet huisbezoek van ${when} gaat niet door.${visit.answer === '' ? '' : `\n\n${organizer} schrijft: ${visit.answer}`}\n\nKies een nieuw moment in Omringd, bij Ons gezin.`,
      }
    : {
        subject: `Huisbezoek gaat niet door: ${when}`,
        text: `Het huisbezoek van ${when} gaat niet door. Het bestand in deze e-mail haalt het uit je agenda.\n\n${caseUrl}`,
      };
}

export async function mailVisit(
  tx: Db,
  visit: VisitRow,
  to: { parents: Person[]; contact: Person & { email: string } },
  caseUrl: string,
  now: Date,
): Promise<void> {
  const organizer = { name: to.contact.name, email: to.contact.email };
  const people = [
    ...to.parents.map((p) => ({ ...p, forParent: true })),
    { ...to.contact, forParent: false },
  ];
  for (const person of people) {
    if (person.email === null || person.email === '') continue;
    const method = visit.status === 'confirmed' ? 'REQUEST' : 'CANCEL';
    await enqueueEmail(
      tx,
      {
        idempotencyKey: `home-visit:${visit.id}:${String(visit.sequence)}:${person.userId}`,
        to: person.email,
        ...text(visit, person.forParent, organizer.name, caseUrl),
        attachments: [
          {
            filename: 'huisbezoek.ics',
            contentType: `text/calendar; charset=utf-8; method=${method}`,
            content: visitCalendar({ visit, organizer, caseUrl, forParent: person.forParent }),
          },
        ],
      },
      now,
    );
  }
}
