/**
 * The family plans its home visits: it reads its contact person's free moments, picks one or
 * proposes its own, says what it wants to talk about, and chooses how often visits happen within
 * what the programme allows. The contact person is told with a notice that names no family.
 */
import {
  rhythmAllowed,
  type FamilyVisits,
  type VisitRequest,
  visitRequestSchema,
} from '@omringd/core';
import { randomUUID } from 'node:crypto';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { noticeOnce } from '../notifications/index.ts';
import { contactPersonOf } from '../cases/index.ts';
import { insertVisit, setRhythm, slotById, slotsOf, visitsOf } from './queries.ts';
import { rangeOf, rhythmWithin } from './rhythm.ts';
import { visitView } from './views.ts';

const forFamiliesOnly = () =>
  new AppError(
    'forbidden',
    'The family plans its visits in the family portal. Open the case to confirm a visit.',
  ).because('not_a_parent');

async function familyVisits(c: CaseAccess): Promise<FamilyVisits> {
  const contact = await contactPersonOf(c.tx, c.caseId);
  const slots = contact === undefined ? [] : await slotsOf(c.tx, contact.userId, c.now);
  return {
    rhythm: await rhythmWithin(c),
    contactName: contact?.name ?? null,
    freeSlots: slots
      .filter((s) => !s.taken)
      .map((s) => ({ ...s, startsAt: s.startsAt.toISOString() })),
    visits: (await visitsOf(c.tx, c.caseId)).map(visitView),
  };
}

export async function ourVisits(ctx: AccessContext, caseId: string): Promise<FamilyVisits> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      if (c.basis !== 'parent') throw forFamiliesOnly();
      c.note({ part: 'home_visits' });
      return familyVisits(c);
    },
  );
}

const slotGone = () =>
  new AppError(
    'not_found',
    'This moment is no longer offered. Reload the page and choose another moment.',
    'slotId',
  ).because('no_such_slot');

/** Where and when the visit would be: the free moment as offered, or the family's own proposal. */
async function momentOf(c: CaseAccess, request: ReturnType<typeof visitRequestSchema.parse>) {
  if (request.kind === 'proposal') {
    const startsAt = new Date(request.startsAt);
    if (startsAt <= c.now)
      throw new AppError(
        'invalid_input',
        'This moment has passed. Propose a moment in the future.',
        'startsAt',
      ).because('visit_in_past');
    return { slotId: null, startsAt, minutes: (await rangeOf(c)).minutes };
  }
  const contact = await contactPersonOf(c.tx, c.caseId);
  const slot = await slotById(c.tx, request.slotId);
  // Only the contact person's own moments, and only those still to come.
  if (slot === undefined || contact === undefined || slot.userId !== contact.userId)
    throw slotGone();
  if (slot.startsAt <= c.now) throw slotGone();
  return { slotId: slot.id, startsAt: slot.startsAt, minutes: slot.minutes };
}

export async function requestVisit(
  ctx: AccessContext,
  caseId: string,
  input: VisitRequest,
): Promise<FamilyVisits> {
  const request = visitRequestSchema.parse(input);
  return withCase(
    ctx,
    { caseId, action: 'co_write', audit: 'create', purpose: 'care' },
    async (c) => {
      if (c.basis !== 'parent') throw forFamiliesOnly();
      c.note({ part: 'home_visits', kind: request.kind });
      const moment = await momentOf(c, request);
      const id = randomUUID();
      const stored = await insertVisit(c.tx, {
        id,
        caseId,
        ...moment,
        status: 'requested',
        topics: request.topics,
        requestedBy: c.principal.userId,
        requestedByName: c.principal.displayName,
        createdAt: c.now,
      });
      if (!stored)
        throw new AppError(
          'conflict',
          'Another family took this moment just now. Choose another moment.',
          'slotId',
        ).because('visit_slot_taken');
      const contact = await contactPersonOf(c.tx, caseId);
      await noticeOnce(
        c.tx,
        contact === undefined ? [] : [contact.userId],
        `home-visit:${id}:requested`,
        'visit_requested',
        { caseId, by: c.principal.displayName },
        c.now,
      );
      return familyVisits(c);
    },
  );
}

export async function chooseRhythm(
  ctx: AccessContext,
  caseId: string,
  everyWeeks: number,
): Promise<FamilyVisits> {
  return withCase(
    ctx,
    { caseId, action: 'co_write', audit: 'update', purpose: 'care' },
    async (c) => {
      if (c.basis !== 'parent') throw forFamiliesOnly();
      c.note({ part: 'visit_rhythm', everyWeeks });
      const range = await rangeOf(c);
      if (!rhythmAllowed(range, everyWeeks))
        throw new AppError(
          'invalid_input',
          `Choose between every ${String(range.min)} and every ${String(range.max)} weeks: that is what your programme allows.`,
          'everyWeeks',
        ).because('rhythm_not_allowed');
      await setRhythm(c.tx, { caseId, everyWeeks, chosenByName: c.principal.displayName }, c.now);
      return familyVisits(c);
    },
  );
}
