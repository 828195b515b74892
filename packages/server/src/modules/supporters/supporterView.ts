/**
 * What a supporter reads: for each family that invited them, the agreements of the care tables
 * held that name them, and the next care table they are invited to — in the family's words, with
 * the family's contact person. Nothing else of the file is read for it.
 */
import type { SupporterView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { readSignedIn } from '../../kernel/guards/rightGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { meetingsWithin, placeInWords } from '../careTable/index.ts';
import { familyDetailsWithin } from '../caseFile/index.ts';
import { contactOf, familyLabelOf } from '../portal/index.ts';
import { casesOfSupporter } from './queries.ts';

async function viewWithin(c: CaseAccess, personId: string): Promise<SupporterView> {
  c.note({ part: 'supporter_view' });
  const meetings = await meetingsWithin(c);
  const agreements = meetings
    .filter((m) => m.status === 'held')
    .flatMap((m) =>
      m.content.agreements
        .filter((a) => a.involves.includes(personId))
        .map((a) => ({ heldOn: m.heldAt ?? m.content.startsAt, agreementId: a.id, text: a.text })),
    );
  const next = meetings
    .filter(
      (m) =>
        (m.status === 'planned' || m.status === 'moved') &&
        new Date(m.content.startsAt) >= c.now &&
        m.content.participants.some((p) => p.networkPersonId === personId),
    )
    .sort((a, b) => Date.parse(a.content.startsAt) - Date.parse(b.content.startsAt))[0];
  const called = (await familyDetailsWithin(c))?.calledName ?? '';
  return {
    caseId: c.caseId,
    familyName: called !== '' ? called : await familyLabelOf(c.tx, c.row.familyId),
    contact: await contactOf(c.tx, c.caseId),
    agreements,
    nextMeeting:
      next === undefined
        ? null
        : {
            startsAt: next.content.startsAt,
            minutes: next.content.minutes,
            // A supporter reads the place as the family would say it, never the address.
            place:
              next.content.place.kind === 'home'
                ? 'Bij het gezin thuis'
                : placeInWords(next.content, true),
            purpose: next.content.purpose,
          },
  };
}

const notASupporter = () =>
  new AppError('forbidden', 'This page is for supporters a family invited.').because(
    'not_a_supporter',
  );

export async function supporterCase(ctx: AccessContext, caseId: string): Promise<SupporterView> {
  return readWithCase(
    ctx,
    { caseId, action: 'read_supporter', audit: 'read', purpose: 'care' },
    async (c) => {
      if (c.supporterPersonId === null) throw notASupporter();
      return viewWithin(c, c.supporterPersonId);
    },
  );
}

/** The families the signed-in supporter helps (their ids; each is opened on its own). */
export async function supportedFamilies(ctx: AccessContext): Promise<{ caseIds: string[] }> {
  return readSignedIn(
    ctx,
    { audit: 'read', subjectType: 'family', purpose: 'care' },
    async (scope) => {
      if (!scope.principal.rights.has('family.support')) throw notASupporter();
      scope.note({ part: 'supporter_view' });
      return {
        caseIds: (await casesOfSupporter(scope.tx, scope.principal.userId)).map((r) => r.caseId),
      };
    },
  );
}
