/**
 * The case file's FHIR R4 resources: EpisodeOfCare (read, search my cases), CareTeam (read),
 * RelatedPerson (read, search by episode-of-care), Observation and Appointment (the care tables;
 * search by episode-of-care).
 * Each goes through the case file's own use cases, so access and audit are theirs.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { listMyCases, readCase, readCaseWith } from '../../modules/cases/index.ts';
import { networkWithin, scoresWithin } from '../../modules/caseFile/index.ts';
import { meetingsWithin } from '../../modules/careTable/index.ts';
import { clean, searchBundle } from './mapReferral.ts';
import { episodeOf } from './episode.ts';
import {
  parseRelatedPersonId,
  relatedPeople,
  toCareTeam,
  toEpisodeOfCare,
  toAppointment,
  toObservation,
} from './mapCaseFile.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const signedIn = { config: { access: 'signed_in' as const }, schema: { hide: true } };

const caseIdOf = (id: string) => {
  if (!UUID.test(id)) throw new AppError('not_found', `There is no resource with id ${id}.`);
  return id;
};

export function caseFileResources(app: FastifyInstance, base: string): void {
  const self = (url: string) => `${base}${url.replace(/^\/fhir\/R4/, '')}`;

  app.get('/EpisodeOfCare/:id', signedIn, async (request) =>
    clean(
      toEpisodeOfCare(
        await readCase(request.access, caseIdOf((request.params as { id: string }).id)),
      ),
    ),
  );
  app.get('/EpisodeOfCare', signedIn, async (request) => {
    const mine = await listMyCases(request.access);
    const resources = mine.map((c) =>
      clean({
        resourceType: 'EpisodeOfCare',
        id: c.id,
        status: c.status === 'open' ? 'active' : 'finished',
        type: [{ text: c.title }],
        patient: { display: c.familyLabel },
        team: [{ reference: `CareTeam/${c.id}` }],
      }),
    );
    return searchBundle(resources, self(request.url));
  });

  app.get('/CareTeam/:id', signedIn, async (request) => {
    const caseId = caseIdOf((request.params as { id: string }).id);
    const { file, more: network } = await readCaseWith(request.access, caseId, networkWithin);
    return clean(toCareTeam(file, network));
  });

  app.get('/RelatedPerson/:id', signedIn, async (request) => {
    const { id } = request.params as { id: string };
    const parsed = parseRelatedPersonId(id);
    if (parsed === null) throw new AppError('not_found', `There is no resource with id ${id}.`);
    const { file, more: network } = await readCaseWith(
      request.access,
      parsed.caseId,
      networkWithin,
    );
    const found = relatedPeople(file, network).find((r) => r.id === id);
    if (found === undefined) throw new AppError('not_found', `There is no resource with id ${id}.`);
    return clean(found);
  });
  app.get('/RelatedPerson', signedIn, async (request) => {
    const caseId = episodeOf(request.query);
    const { file, more: network } = await readCaseWith(request.access, caseId, networkWithin);
    return searchBundle(relatedPeople(file, network).map(clean), self(request.url));
  });

  app.get('/Observation', signedIn, async (request) => {
    const caseId = episodeOf(request.query);
    const { file, more: scores } = await readCaseWith(request.access, caseId, scoresWithin);
    return searchBundle(
      scores.map((s) => clean(toObservation(file, s))),
      self(request.url),
    );
  });

  app.get('/Appointment', signedIn, async (request) => {
    const caseId = episodeOf(request.query);
    const { file, more: meetings } = await readCaseWith(request.access, caseId, meetingsWithin);
    return searchBundle(
      meetings.map((m) => clean(toAppointment(file, m))),
      self(request.url),
    );
  });
}
