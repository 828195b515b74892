/**
 * What a parent reads in the family portal: the families they belong to, and "our plan": what
 * the plan holds for them (nothing kept within the team, nothing hidden from this parent), with
 * the family's contact person. Professionals read the plan in the case itself.
 */
import type { PortalPlan } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase } from '../../kernel/guards/caseGuard.ts';
import { readSignedIn } from '../../kernel/guards/rightGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { planWithin } from '../carePlan/index.ts';
import { familyDetailsWithin } from '../caseFile/index.ts';
import { meetingsWithin, placeInWords } from '../careTable/index.ts';
import { casesOfParent, familyLabelOf, hasPasskey } from './queries.ts';
import { contactOf } from './contact.ts';
import { agreementsFor } from './agreements.ts';

export const forParentsOnly = () =>
  new AppError(
    'forbidden',
    "The family portal is the family's own view. Open the case to read its plan.",
  ).because('not_a_parent');

export async function ourFamilies(ctx: AccessContext) {
  return readSignedIn(
    ctx,
    { audit: 'read', subjectType: 'family', purpose: 'care' },
    async (scope) => {
      if (!scope.principal.rights.has('family.own')) throw forParentsOnly();
      scope.note({ part: 'family_portal' });
      return { families: await casesOfParent(scope.tx, scope.principal.userId) };
    },
  );
}

export async function ourPlan(ctx: AccessContext, caseId: string): Promise<PortalPlan> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      if (c.basis !== 'parent') throw forParentsOnly();
      c.note({ part: 'family_portal' });
      const plan = await planWithin(c);
      const meetings = await meetingsWithin(c);
      const upcoming = meetings
        .filter(
          (m) =>
            (m.status === 'planned' || m.status === 'moved') &&
            new Date(m.content.startsAt) >= c.now,
        )
        .sort(
          (a, b) => new Date(a.content.startsAt).getTime() - new Date(b.content.startsAt).getTime(),
        )[0];
      const called = (await familyDetailsWithin(c))?.calledName ?? '';
      return {
        caseId,
        familyName: called !== '' ? called : await familyLabelOf(c.tx, c.row.familyId),
        contact: await contactOf(c.tx, caseId),
        plan,
        hasPasskey: await hasPasskey(c.tx, c.principal.userId),
        agreements: agreementsFor(meetings, c.parentMemberId),
        nextMeeting:
          upcoming === undefined
            ? null
            : {
                id: upcoming.id,
                startsAt: upcoming.content.startsAt,
                minutes: upcoming.content.minutes,
                place: placeInWords(upcoming.content, 'family'),
                purpose: upcoming.content.purpose,
                agenda: upcoming.content.agenda,
              },
      };
    },
  );
}
