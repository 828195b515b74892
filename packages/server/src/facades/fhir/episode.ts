/** The case a FHIR search is about, named by the declared `episode-of-care` parameter. */
import { AppError } from '../../platform/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case a search is about: ?episode-of-care=<id> or EpisodeOfCare/<id>, given once. */
export function episodeOf(query: unknown): string {
  const value = (query as Record<string, unknown> | undefined)?.['episode-of-care'];
  if (typeof value !== 'string')
    throw new AppError(
      'invalid_input',
      'Give the case once as episode-of-care, e.g. ?episode-of-care=EpisodeOfCare/<id>.',
      'episode-of-care',
    );
  const id = value.replace(/^EpisodeOfCare\//, '');
  if (!UUID.test(id))
    throw new AppError(
      'invalid_input',
      'episode-of-care must be the id of an EpisodeOfCare.',
      'episode-of-care',
    );
  return id;
}
