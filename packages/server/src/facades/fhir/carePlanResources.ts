/**
 * The care plan's FHIR R4 resources: CarePlan (read any version's Plan A, B or C; search the
 * newest version by episode-of-care) and Goal (read; search by episode-of-care). Each is one
 * guarded read of the case with one audit row, through the care plan's own reads.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { readCaseWith } from '../../modules/cases/index.ts';
import { planVersionsWithin } from '../../modules/carePlan/index.ts';
import { clean, searchBundle } from './mapReferral.ts';
import { carePlansOf, goalsOf, parseCarePlanId, parseGoalId, toCarePlan } from './mapCarePlan.ts';
import { episodeOf } from './episode.ts';

const signedIn = { config: { access: 'signed_in' as const }, schema: { hide: true } };
const missing = (id: string) => new AppError('not_found', `There is no resource with id ${id}.`);

export function carePlanResources(app: FastifyInstance, base: string): void {
  const self = (url: string) => `${base}${url.replace(/^\/fhir\/R4/, '')}`;

  app.get('/CarePlan/:id', signedIn, async (request) => {
    const { id } = request.params as { id: string };
    const parsed = parseCarePlanId(id);
    if (parsed === null) throw missing(id);
    const { file, more: versions } = await readCaseWith(
      request.access,
      parsed.caseId,
      planVersionsWithin,
    );
    const version = versions.find((v) => v.number === parsed.number);
    if (version === undefined) throw missing(id);
    return clean(toCarePlan(file, version, parsed.route, version.number === versions[0]?.number));
  });
  app.get('/CarePlan', signedIn, async (request) => {
    const caseId = episodeOf(request.query);
    const { file, more: versions } = await readCaseWith(request.access, caseId, planVersionsWithin);
    const newest = versions[0];
    return searchBundle(
      newest === undefined ? [] : carePlansOf(file, newest, true).map(clean),
      self(request.url),
    );
  });

  app.get('/Goal/:id', signedIn, async (request) => {
    const { id } = request.params as { id: string };
    const parsed = parseGoalId(id);
    if (parsed === null) throw missing(id);
    const { file, more: versions } = await readCaseWith(
      request.access,
      parsed.caseId,
      planVersionsWithin,
    );
    const newest = versions[0];
    const found =
      newest === undefined ? undefined : goalsOf(file, newest, versions).find((g) => g.id === id);
    if (found === undefined) throw missing(id);
    return clean(found);
  });
  app.get('/Goal', signedIn, async (request) => {
    const caseId = episodeOf(request.query);
    const { file, more: versions } = await readCaseWith(request.access, caseId, planVersionsWithin);
    const newest = versions[0];
    return searchBundle(
      newest === undefined ? [] : goalsOf(file, newest, versions).map(clean),
      self(request.url),
    );
  });
}
