/**
 * Our data (GDPR art. 15 and 20): everything the file holds about the family that a parent may
 * read, in one readable file — the family details, the network, the worries and strengths, the
 * scores, the plan and its versions as this parent sees them, who may see the file and who
 * else looked (as on the family's page). Taking it is on the trail as an export.
 */
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase } from '../../kernel/guards/caseGuard.ts';
import { planVersionsWithin } from '../carePlan/index.ts';
import {
  assessmentWithin,
  familyDetailsWithin,
  networkWithin,
  scoresWithin,
} from '../caseFile/index.ts';
import { visitsWithin } from '../homeVisits/index.ts';
import { organizationNamesOf, sharesOf } from './queries.ts';
import { forParentsOnly } from './readPortal.ts';
import { looksWithin } from './looks.ts';

export async function ourData(
  ctx: AccessContext,
  caseId: string,
): Promise<Record<string, unknown>> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'export', purpose: 'care' },
    async (c) => {
      if (c.basis !== 'parent') throw forParentsOnly();
      c.note({ part: 'our_data' });
      const names = await organizationNamesOf(c.tx, [c.row.organizationId]);
      return {
        about:
          'Alles wat jullie dossier in Omringd over jullie gezin bewaart en dat jullie mogen lezen. / Everything your file in Omringd keeps about your family that you may read.',
        takenAt: c.now.toISOString(),
        file: {
          heldBy: names.get(c.row.organizationId) ?? null,
          status: c.row.status,
          openedAt: c.row.createdAt.toISOString(),
        },
        family: await familyDetailsWithin(c),
        network: await networkWithin(c),
        worriesAndStrengths: await assessmentWithin(c),
        scores: await scoresWithin(c),
        planVersions: await planVersionsWithin(c),
        homeVisits: await visitsWithin(c),
        sharedWith: (await sharesOf(c.tx, caseId)).map((s) => ({
          organization: s.name,
          legalBasis: s.legalBasis,
          agreement: s.agreement,
          since: s.recordedAt.toISOString(),
        })),
        looks: await looksWithin(c),
      };
    },
  );
}
