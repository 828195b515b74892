/** The refusals a care table shares: not there (like any record one may not know), or changed meanwhile. */
import { AppError } from '../../platform/errors.ts';
import type { MeetingRow } from './queries.ts';
import { meetingView } from './meetingView.ts';

export const notFound = () =>
  new AppError('not_found', 'There is no care table with this id in this case.');

export function conflictOf(current: MeetingRow | undefined, seen: number): AppError {
  if (current === undefined) return notFound();
  return new AppError(
    'conflict',
    `Someone else changed this care table meanwhile (now version ${String(current.version)}, you changed version ${String(seen)}). Compare both, then save again.`,
    'version',
  )
    .because('changed_meanwhile')
    .showing(meetingView(current));
}
