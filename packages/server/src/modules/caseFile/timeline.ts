/**
 * One timeline of the case, newest first and filtered by kind. The family's own view (a parent)
 * holds only what was recorded as visible to the family.
 */
import {
  parseKinds,
  type CaseTimeline,
  type TimelineEntry,
  type TimelineEntryInput,
} from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, withCase } from '../../kernel/guards/caseGuard.ts';
import { addTimelineEntry, timelineRows, type TimelineRow } from './queries/timeline.ts';

const LIMIT = 300;
/** A clock a few minutes off is no reason to refuse "just now". */
const FUTURE_SLACK_MS = 5 * 60_000;

const view = (row: TimelineRow): TimelineEntry => ({
  ...row,
  occurredAt: row.occurredAt.toISOString(),
});

export async function readTimeline(
  ctx: AccessContext,
  caseId: string,
  query: { kinds?: string },
): Promise<CaseTimeline> {
  const kinds = parseKinds(query.kinds);
  if ('unknown' in kinds)
    throw new AppError(
      'invalid_input',
      `"${kinds.unknown}" is not a kind of timeline entry. Leave it out, or choose from the filter.`,
      'kinds',
    ).because('unknown_kind');
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'timeline' });
      const rows = await timelineRows(c.tx, caseId, {
        kinds,
        familyOnly: c.basis === 'parent',
        limit: LIMIT,
      });
      return { entries: rows.map(view) };
    },
  );
}

export async function recordTimelineEntry(
  ctx: AccessContext,
  caseId: string,
  input: TimelineEntryInput,
): Promise<TimelineEntry> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'timeline', kind: input.kind, visibility: input.visibility });
      const occurredAt = new Date(input.occurredAt);
      if (occurredAt.getTime() > c.now.getTime() + FUTURE_SLACK_MS)
        throw new AppError(
          'invalid_input',
          'The timeline holds what happened: this moment is still to come. Check the date and time.',
          'occurredAt',
        ).because('occurred_in_future');
      const id = await addTimelineEntry(c.tx, {
        caseId,
        kind: input.kind,
        occurredAt,
        recordedAt: c.now,
        by: c.principal.userId,
        text: input.text,
        visibility: input.visibility,
      });
      return {
        id,
        kind: input.kind,
        occurredAt: occurredAt.toISOString(),
        by: c.principal.displayName,
        text: input.text,
        visibility: input.visibility,
        details: {},
      };
    },
  );
}
