/**
 * What a plan names must be there in the case: the worries it answers in the assessment, the
 * network people who act (and only people the family agreed to involve), the parents (or children) an
 * item is hidden from. A professional never rewrites the family's own goals.
 */
import { familyGoalsTouched, involvable, type PlanContent } from '@omringd/core';
import type { CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { assessmentWithin, familyWithin, networkWithin } from '../caseFile/index.ts';

const unknown = (what: string, field: string) =>
  new AppError('invalid_input', what, field).because('unknown_reference');

export async function checkPlan(
  c: CaseAccess,
  before: PlanContent | null,
  after: PlanContent,
): Promise<void> {
  const touched = before === null ? [] : familyGoalsTouched(before, after);
  if (before === null)
    touched.push(...after.goals.filter((g) => g.author === 'family').map((g) => g.id));
  if (touched.length > 0)
    throw new AppError(
      'invalid_input',
      `Goal ${touched.join(', ')} is in the family's own words: a professional cannot write, reword or remove it. Add a goal of your own instead, or let the family change theirs.`,
      'goals',
    ).because('family_words');
  const assessment = await assessmentWithin(c);
  const worries = new Set(
    (['harm', 'dangerStatements', 'complicatingFactors'] as const).flatMap((section) =>
      assessment[section].map((s) => `${section}.${s.id}`),
    ),
  );
  after.goals.forEach((g, i) => {
    const missing = g.concerns.find((ref) => !worries.has(ref));
    if (missing !== undefined)
      throw unknown(
        `Goal "${g.text}" answers a worry that is not in the assessment (${missing}). Choose a worry from the assessment.`,
        `goals.${String(i)}.concerns`,
      );
  });
  const network = await networkWithin(c);
  const people = new Map(network.people.map((p) => [p.id, p]));
  const agreed = new Set(involvable(network).map((p) => p.id));
  after.actions.forEach((a, i) => {
    if (a.who.kind !== 'network') return;
    const person = people.get(a.who.personId);
    if (person === undefined)
      throw unknown(
        `The action "${a.what}" names someone who is not in the network. Add them to the network first.`,
        `actions.${String(i)}.who`,
      );
    if (!agreed.has(person.id))
      throw new AppError(
        'invalid_input',
        `${person.name} may not be involved: the family did not agree (yet). Ask the family first, and record their answer in the network.`,
        `actions.${String(i)}.who`,
      ).because('family_not_agreed');
  });
  // Hidden from a parent, or from a child (who reads the portal from 12, or will).
  const readers = new Set(
    (await familyWithin(c)).filter((m) => m.kind !== 'unborn').map((m) => m.id),
  );
  [...after.goals, ...after.actions].forEach((item) => {
    const missing = item.hiddenFrom.find((id) => !readers.has(id));
    if (missing !== undefined)
      throw unknown(
        `An item is hidden from "${missing}", who is not a parent or child in this family. Choose someone from the family.`,
        'hiddenFrom',
      );
  });
}
