/**
 * The visit rhythm of a case: what its programmes allow (programme data, read through the
 * core's rule) and what the family chose within it.
 */
import { rhythmRange, type HomeVisitRules, type VisitRhythm } from '@omringd/core';
import type { CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { programmesOfCases } from '../carePlan/index.ts';
import { currentProgramme } from '../programmes/programmeStore.ts';
import { rhythmOf } from './queries.ts';

/** The rules of the case's programmes, each as its network has it now. */
export async function rangeOf(c: CaseAccess) {
  const followed = (await programmesOfCases(c.tx, [c.caseId])).get(c.caseId) ?? [];
  const rules: HomeVisitRules[] = [];
  for (const key of new Set(followed.map((p) => p.key))) {
    const named = (await currentProgramme(c.tx, key)).homeVisits;
    if (named !== undefined) rules.push(named);
  }
  return rhythmRange(rules);
}

export async function rhythmWithin(c: CaseAccess): Promise<VisitRhythm> {
  const range = await rangeOf(c);
  const chosen = await rhythmOf(c.tx, c.caseId);
  return {
    everyWeeks: chosen?.everyWeeks ?? null,
    chosenByName: chosen?.chosenByName ?? null,
    allowed: { min: range.min, max: range.max },
    minutes: range.minutes,
  };
}
