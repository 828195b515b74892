/** A care table as the routes answer it. */
import { meetingContentSchema, type MeetingView } from '@omringd/core';
import type { MeetingRow } from './queries.ts';

export function meetingView(row: MeetingRow): MeetingView {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    sequence: row.sequence,
    // Parsed again, so content saved before a field was added gets the field's default.
    content: meetingContentSchema.parse(row.content),
    heldAt: row.heldAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
