/** A stored visit as the family and the team read it. */
import type { HomeVisit } from '@omringd/core';
import type { VisitRow } from './queries.ts';

export const visitView = (row: VisitRow): HomeVisit => ({
  id: row.id,
  startsAt: row.startsAt.toISOString(),
  minutes: row.minutes,
  status: row.status,
  fromSlot: row.slotId !== null,
  topics: row.topics,
  answer: row.answer,
  requestedByName: row.requestedByName,
  decidedByName: row.decidedByName,
  sequence: row.sequence,
});
