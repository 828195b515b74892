/**
 * What a supporter reads: for each family that invited them, the agreements of the care tables
 * held that name them, and the next care table they are invited to — in the family's words, with
 * the family's contact person. Nothing else of the file is read for it.
 */
import type { MeetingView, SupporterView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { readSignedIn } from '../../kernel/guards/rightGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { meetingCalendar, meetingsWithin, placeInWords } from '../careTable/index.ts';
import { familyDetailsWithin } from '../caseFile/index.ts';
import { contactOf, familyLabelOf, organizerOf } from '../portal/index.ts';
import { casesOfSupporter } from './queries.ts';

/** The next care table that invites this network person. */
function nextMeetingOf(meetings: MeetingView[], personId: string, now: Date) {
  return meetings
    .filter(
      (m) =>
        (m.status === 'planned' || m.status === 'moved') &&
        new Date(m.content.startsAt) >= now &&
        m.content.participants.some((p) => p.networkPersonId === personId),
    )
    .sort((a, b) => Date.parse(a.content.startsAt) - Date.parse(b.content.startsAt))[0];
}

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
  const next = nextMeetingOf(meetings, personId, c.now);
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
            // A supporter reads the place in words, never the address.
            place: placeInWords(next.content, 'network'),
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

/** The supporter's next care table as an .ics file, in the words of someone of the network. */
export async function supporterMeetingIcs(ctx: AccessContext, caseId: string): Promise<string> {
  return readWithCase(
    ctx,
    { caseId, action: 'read_supporter', audit: 'export', purpose: 'care' },
    async (c) => {
      if (c.supporterPersonId === null) throw notASupporter();
      c.note({ part: 'supporter_view', as: 'ics' });
      const next = nextMeetingOf(await meetingsWithin(c), c.supporterPersonId, c.now);
      const organizer = await organizerOf(c.tx, caseId);
      if (next === undefined || organizer === undefined)
        throw new AppError(
          'not_found',
          'There is no care table you are invited to now. Your page shows the next one when it is planned.',
        ).because('no_coming_meeting');
      return meetingCalendar(
        {
          id: next.id,
          sequence: next.sequence,
          content: next.content,
          cancelled: false,
          organizer,
          caseUrl: '',
        },
        'network',
      );
    },
  );
}
