/**
 * The case file as FHIR R4 resources: the case as an EpisodeOfCare, the informal network as
 * RelatedPerson, the team with the network people the family agreed to involve as a CareTeam,
 * each 0–10 score as an Observation whose performer is who scored. The family is named as the
 * file names it, without identifiers; someone the family said "no" to does not leave at all.
 */
import {
  isFormalTie,
  type CaseView,
  type MeetingView,
  type Network,
  type NetworkPerson,
  type ScoreView,
} from '@omringd/core';
import type { FhirResource } from './mapReferral.ts';

const SYSTEM = 'https://omringd.be/fhir';

/** A network person's id in FHIR: the case and the person (36 + 1 + at most 27 characters). */
export const relatedPersonId = (caseId: string, personId: string) => `${caseId}.${personId}`;

export function parseRelatedPersonId(id: string): { caseId: string; personId: string } | null {
  const match = /^([0-9a-f-]{36})\.([a-z0-9-]{1,27})$/.exec(id);
  return match?.[1] === undefined || match[2] === undefined
    ? null
    : { caseId: match[1], personId: match[2] };
}

/** Who leaves in FHIR: everyone but the people the family does not want involved. */
const shared = (network: Network) => network.people.filter((p) => p.involve !== 'no');

export function toEpisodeOfCare(c: CaseView): FhirResource {
  const coordinator = c.team.find((m) => m.caseRole === 'coordinator');
  return {
    resourceType: 'EpisodeOfCare',
    id: c.id,
    meta: { lastUpdated: c.updatedAt },
    status: c.status === 'open' ? 'active' : 'finished',
    type: [{ text: c.title }],
    patient: { display: c.familyLabel },
    ...(coordinator === undefined
      ? {}
      : {
          careManager: {
            reference: `Practitioner/${coordinator.userId}`,
            display: coordinator.displayName,
          },
        }),
    team: [{ reference: `CareTeam/${c.id}` }],
  };
}

const roleCode: Partial<Record<NetworkPerson['tie'], string>> = {
  family: 'FAMMEMB',
  friend: 'FRND',
  neighbour: 'NBOR',
};

export function toRelatedPerson(
  caseView: { id: string; familyLabel: string },
  p: NetworkPerson,
): FhirResource {
  const code = roleCode[p.tie];
  return {
    resourceType: 'RelatedPerson',
    id: relatedPersonId(caseView.id, p.id),
    active: true,
    patient: { display: caseView.familyLabel },
    relationship: [
      {
        ...(code === undefined
          ? {}
          : { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code }] }),
        text: p.relation || p.tie,
      },
    ],
    name: [{ text: p.name }],
    telecom: [
      ...(p.phone === '' ? [] : [{ system: 'phone', value: p.phone }]),
      ...(p.email === '' ? [] : [{ system: 'email', value: p.email }]),
    ],
    extension: [
      {
        url: `${SYSTEM}/StructureDefinition/support`,
        valueCode: p.support,
      },
      {
        url: `${SYSTEM}/StructureDefinition/family-agrees-to-involve`,
        valueCode: p.involve,
      },
    ],
  };
}

/** The informal people of the network (formal ones are services and professionals). */
export function relatedPeople(
  c: { id: string; familyLabel: string },
  network: Network,
): FhirResource[] {
  return shared(network)
    .filter((p) => !isFormalTie(p.tie))
    .map((p) => toRelatedPerson(c, p));
}

export function toCareTeam(c: CaseView, network: Network): FhirResource {
  return {
    resourceType: 'CareTeam',
    id: c.id,
    meta: { lastUpdated: c.updatedAt },
    status: c.status === 'open' ? 'active' : 'inactive',
    name: `Team ${c.familyLabel}`,
    subject: { display: c.familyLabel },
    participant: [
      ...c.team.map((m) => ({
        role: [{ text: m.caseRole === 'coordinator' ? 'contactpersoon' : 'teamlid' }],
        member: { reference: `Practitioner/${m.userId}`, display: m.displayName },
      })),
      ...shared(network)
        .filter((p) => p.involve === 'yes')
        .map((p) => ({
          role: [{ text: p.relation || p.tie }],
          member: isFormalTie(p.tie)
            ? { display: p.organization === '' ? p.name : `${p.name} (${p.organization})` }
            : { reference: `RelatedPerson/${relatedPersonId(c.id, p.id)}`, display: p.name },
        })),
    ],
  };
}

export function toObservation(c: { id: string; familyLabel: string }, s: ScoreView): FhirResource {
  const personId = s.scorerKey.startsWith('network:') ? s.scorerKey.slice(8) : null;
  const userId = s.scorerKey.startsWith('user:') ? s.scorerKey.slice(5) : null;
  return {
    resourceType: 'Observation',
    id: s.id,
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'survey',
          },
        ],
      },
    ],
    code: {
      coding: [{ system: `${SYSTEM}/CodeSystem/scale`, code: s.scale }],
      text: 'Hoe veilig is het kind nu? (0–10)',
    },
    subject: { display: c.familyLabel },
    focus: [{ reference: `EpisodeOfCare/${c.id}` }],
    effectiveDateTime: s.scoredAt,
    performer: [
      userId !== null
        ? { reference: `Practitioner/${userId}`, display: s.scorerName }
        : personId !== null
          ? { reference: `RelatedPerson/${relatedPersonId(c.id, personId)}`, display: s.scorerName }
          : { display: `${s.scorerName} (gezin)` },
    ],
    valueInteger: s.score,
    ...(s.note === '' ? {} : { note: [{ text: s.note }] }),
  };
}

const appointmentStatus: Record<MeetingView['status'], string> = {
  planned: 'booked',
  moved: 'booked',
  held: 'fulfilled',
  cancelled: 'cancelled',
};
const participationStatus = { pending: 'needs-action', accepted: 'accepted', declined: 'declined' };

/** A care table as an Appointment: who takes part (by name) and their reply. */
export function toAppointment(c: { id: string }, m: MeetingView): FhirResource {
  const start = new Date(m.content.startsAt);
  return {
    resourceType: 'Appointment',
    id: m.id,
    meta: { lastUpdated: m.updatedAt },
    status: appointmentStatus[m.status],
    serviceType: [{ text: 'Zorgtafel' }],
    description: m.content.purpose,
    start: start.toISOString(),
    end: new Date(start.getTime() + m.content.minutes * 60_000).toISOString(),
    minutesDuration: m.content.minutes,
    supportingInformation: [{ reference: `EpisodeOfCare/${c.id}` }],
    participant: m.content.participants.map((p) => ({
      type: [{ text: p.kind }],
      actor: { display: p.name },
      required: 'required',
      status: participationStatus[p.reply],
    })),
  };
}
