/**
 * Who may sit at the care table, checked against the case file: a parent is a member of the
 * family; someone from the network (a relative, a neighbour, a professional) is someone the family
 * agreed to involve ("no" is respected here too); an expert named from the pool is one of the
 * pool of the case's programmes. An agreement names only network people the family agreed to
 * involve (they see it as supporters).
 */
import type { MeetingContent } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { caseThemesWithin, familyWithin, networkWithin } from '../caseFile/index.ts';
import { poolOf } from './expertSuggestions.ts';

export async function checkParticipants(c: CaseAccess, content: MeetingContent): Promise<void> {
  const members = await familyWithin(c);
  const network = await networkWithin(c);
  const fromPool = content.participants.some((p) => p.expertId !== null);
  const pool = fromPool ? await poolOf(c, (await caseThemesWithin(c)).programmeKeys) : [];
  for (const [index, p] of content.participants.entries()) {
    if (p.kind === 'parent' && !members.some((m) => m.id === p.memberId && m.kind === 'adult'))
      throw new AppError(
        'invalid_input',
        `${p.name} is not a parent or carer in this family. Add them to the family first.`,
        `content.participants.${String(index)}.memberId`,
      ).because('unknown_participant');
    if (p.expertId !== null && !pool.some((e) => e.id === p.expertId))
      throw new AppError(
        'invalid_input',
        `${p.name} is not in the expert pool of this case's programmes. Choose an expert from the pool, or add them as a professional.`,
        `content.participants.${String(index)}.expertId`,
      ).because('unknown_participant');
    if (p.kind === 'network' || p.networkPersonId !== null) {
      const person = network.people.find((n) => n.id === p.networkPersonId);
      if (person === undefined)
        throw new AppError(
          'invalid_input',
          `${p.name} is not in the network. Add them to the network first.`,
          `content.participants.${String(index)}.networkPersonId`,
        ).because('unknown_participant');
      if (person.involve !== 'yes')
        throw new AppError(
          'invalid_input',
          `The family has not agreed to involve ${person.name}. Ask the family first; their answer is in the network.`,
          `content.participants.${String(index)}.networkPersonId`,
        ).because('family_not_agreed');
    }
  }
  // Whoever an agreement names sees it as a supporter: only people the family agreed to involve.
  for (const [index, a] of content.agreements.entries())
    for (const personId of a.involves) {
      const person = network.people.find((n) => n.id === personId);
      if (person?.involve !== 'yes')
        throw new AppError(
          'invalid_input',
          `The agreement "${a.text}" names someone who is not in the network, or whom the family has not agreed to involve. Choose from the network people at the table.`,
          `content.agreements.${String(index)}.involves`,
        ).because('family_not_agreed');
    }
}
