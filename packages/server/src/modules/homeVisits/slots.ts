/**
 * A contact person's free moments for home visits: offered once for all the families they
 * coordinate, each family picks from them in its portal. Only moments still to come count; a
 * moment a family holds cannot be removed (cancel the visit in the case instead).
 */
import type { VisitSlotsInput } from '@omringd/core';
import { visitSlotsInputSchema } from '@omringd/core';
import { randomUUID } from 'node:crypto';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withRight, type Acting } from '../../kernel/guards/rightGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { addSlots, removeFreeSlot, slotsOf } from './queries.ts';

const refusal = 'Only a case coordinator offers moments for home visits.';

async function slotList(a: Acting) {
  return {
    slots: (await slotsOf(a.tx, a.principal.userId, a.now)).map((s) => ({
      ...s,
      startsAt: s.startsAt.toISOString(),
    })),
  };
}

export async function mySlots(ctx: AccessContext) {
  return withRight(
    ctx,
    {
      audit: 'read',
      subjectType: 'user',
      purpose: 'coordination',
      right: 'case.coordinate',
      refusal,
    },
    async (a) => {
      a.note({ part: 'visit_slots' });
      return slotList(a);
    },
  );
}

export async function offerSlots(ctx: AccessContext, input: VisitSlotsInput) {
  const { slots } = visitSlotsInputSchema.parse(input);
  return withRight(
    ctx,
    {
      audit: 'create',
      subjectType: 'user',
      purpose: 'coordination',
      right: 'case.coordinate',
      refusal,
    },
    async (a) => {
      const moments = slots.map((s) => ({
        id: randomUUID(),
        startsAt: new Date(s.startsAt),
        minutes: s.minutes,
      }));
      if (moments.some((m) => m.startsAt <= a.now))
        throw new AppError(
          'invalid_input',
          'One of the moments has passed. Offer moments in the future.',
          'slots',
        ).because('visit_in_past');
      a.note({
        part: 'visit_slots',
        added: await addSlots(a.tx, a.principal.userId, moments, a.now),
      });
      return slotList(a);
    },
  );
}

export async function removeSlot(ctx: AccessContext, slotId: string) {
  return withRight(
    ctx,
    {
      audit: 'delete',
      subjectType: 'user',
      purpose: 'coordination',
      right: 'case.coordinate',
      refusal,
    },
    async (a) => {
      a.note({ part: 'visit_slots', slotId });
      if (!(await removeFreeSlot(a.tx, a.principal.userId, slotId)))
        throw new AppError(
          'conflict',
          'A family holds this moment, or it is not one of yours. Cancel the visit in the case instead.',
        ).because('visit_slot_taken');
      return slotList(a);
    },
  );
}
