/** The care tables of a case, and one as an iCalendar file for "add to my calendar". */
import type { MeetingView } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { meetingOf, meetingsOf } from './queries.ts';
import { meetingView } from './meetingView.ts';
import { meetingCalendar } from './calendar.ts';
import { notFound } from './refusals.ts';

export async function readMeetings(ctx: AccessContext, caseId: string): Promise<MeetingView[]> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'care_tables' });
      return (await meetingsOf(c.tx, caseId)).map(meetingView);
    },
  );
}

export async function meetingIcs(
  ctx: AccessContext,
  caseId: string,
  meetingId: string,
  publicUrl: string,
): Promise<string> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'care_table', meetingId, as: 'ics' });
      const row = await meetingOf(c.tx, caseId, meetingId);
      if (row === undefined) throw notFound();
      return meetingCalendar(
        {
          id: row.id,
          sequence: row.sequence,
          content: meetingView(row).content,
          cancelled: row.status === 'cancelled',
          organizer: { name: c.principal.displayName, email: c.principal.email },
          caseUrl: `${publicUrl}/dossiers/${caseId}`,
        },
        c.basis === 'parent' ? 'family' : 'team',
      );
    },
  );
}

/** The care tables of a case read inside another capability's guard on it (the FHIR exchange). */
export async function meetingsWithin(c: CaseAccess): Promise<MeetingView[]> {
  c.note({ part: 'care_tables' });
  return (await meetingsOf(c.tx, c.caseId)).map(meetingView);
}

/** A decision of a care table of this case, read inside another capability's guard on it. */
export async function decisionWithin(
  c: CaseAccess,
  meetingId: string,
  decisionId: string,
): Promise<{ text: string; startsAt: string }> {
  c.note({ part: 'care_table_decision', meetingId, decisionId });
  const row = await meetingOf(c.tx, c.caseId, meetingId);
  if (row === undefined) throw notFound();
  const content = meetingView(row).content;
  const decision = content.decisions.find((d) => d.id === decisionId);
  if (decision === undefined)
    throw new AppError(
      'not_found',
      'This care table has no such decision. Reload the care table and choose one of its decisions.',
    ).because('no_such_decision');
  return { text: decision.text, startsAt: content.startsAt };
}
