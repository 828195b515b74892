/**
 * Experts suggested for a care table of this case: from the pools of the case's programmes (as
 * they are now: availability changes), those who work in the family's province, best match with
 * what the family faces first. The coordinator chooses.
 */
import {
  provinceOfPostalCode,
  suggestExperts,
  type Expert,
  type ExpertSuggestion,
} from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { caseThemesWithin } from '../caseFile/index.ts';
import { currentProgramme } from '../programmes/programmeStore.ts';

/** The experts of the pools of the case's programmes, as the pools are now. */
export async function poolOf(c: CaseAccess, programmeKeys: string[]): Promise<Expert[]> {
  const pool: Expert[] = [];
  for (const key of new Set(programmeKeys))
    pool.push(...((await currentProgramme(c.tx, key)).expertPool ?? []));
  return pool;
}

export async function expertSuggestions(
  ctx: AccessContext,
  caseId: string,
): Promise<ExpertSuggestion[]> {
  return readWithCase(
    ctx,
    { caseId, action: 'update', audit: 'read', purpose: 'care' },
    async (c) => {
      const about = await caseThemesWithin(c);
      const pool = await poolOf(c, about.programmeKeys);
      const province =
        about.postalCode === null ? null : (provinceOfPostalCode(about.postalCode) ?? null);
      c.note({ part: 'experts', pool: pool.length });
      return suggestExperts(pool, { province, themes: about.themes });
    },
  );
}
