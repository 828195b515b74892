/**
 * The empty referral form, before anything is stored: to whom it goes and whether anyone in
 * Omringd can receive it. Choosing a programme stores nothing; the first change makes the draft.
 */
import { referralDraftSchema, type ReferralStart } from '@omringd/core';
import { eq } from 'drizzle-orm';
import { organizations, services } from '../../platform/db/schema.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withRight } from '../../kernel/guards/rightGuard.ts';
import { currentProgramme } from '../programmes/programmeStore.ts';
import { assertOneTarget, receiverOf } from './createReferral.ts';
import { reachOf } from './reach.ts';

export async function startReferral(
  ctx: AccessContext,
  target: { programmeKey?: string | undefined; serviceId?: string | undefined },
): Promise<ReferralStart> {
  assertOneTarget(target);
  return withRight(
    ctx,
    {
      right: 'referral.create',
      refusal: 'Your role cannot refer families.',
      audit: 'read',
      subjectType: 'referral',
      purpose: 'care',
    },
    async (a) => {
      const receiving = await receiverOf(a.tx, target);
      const programme =
        target.programmeKey === undefined
          ? null
          : await currentProgramme(a.tx, target.programmeKey);
      const [org] = await a.tx
        .select({ name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, receiving.organizationId));
      const [service] =
        target.serviceId === undefined
          ? []
          : await a.tx
              .select({ name: services.name })
              .from(services)
              .where(eq(services.id, target.serviceId));
      a.note({ start: target.programmeKey ?? target.serviceId ?? null });
      return {
        programmeKey: target.programmeKey ?? null,
        serviceId: target.serviceId ?? null,
        serviceName: service?.name ?? null,
        receivingOrganizationName: org?.name ?? '',
        reach: await reachOf(
          a.tx,
          {
            receivingOrganizationId: receiving.organizationId,
            serviceId: target.serviceId ?? null,
          },
          programme,
          a.now,
        ),
        content: referralDraftSchema.parse({}),
      };
    },
  );
}
