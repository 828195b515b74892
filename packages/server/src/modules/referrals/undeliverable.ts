/**
 * For network coordinators: where referrals do not reach anyone in Omringd. Referrals sent
 * through a service's own route because no one could receive them, and referrals still waiting
 * at an organisation where no one is on intake any more. Counts and names, no family data.
 */
import type { Undeliverable } from '@omringd/core';
import { inArray } from 'drizzle-orm';
import { organizations, services } from '../../platform/db/schema.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withRight } from '../../kernel/guards/rightGuard.ts';
import { receiversOf } from '../notifications/index.ts';
import { currentProgramme } from '../programmes/programmeStore.ts';
import { receiverCounts } from './queries.ts';

export async function undeliverableReferrals(ctx: AccessContext): Promise<Undeliverable[]> {
  return withRight(
    ctx,
    {
      right: 'aggregate.read',
      refusal: 'Your role does not give access to figures.',
      audit: 'read',
      subjectType: 'referral',
      purpose: 'reporting',
    },
    async (a) => {
      a.note({ aggregate: 'undeliverable_referrals' });
      const counts = await receiverCounts(a.tx);
      const orgIds = [...new Set(counts.map((c) => c.organizationId))];
      const serviceIds = counts.flatMap((c) => (c.serviceId === null ? [] : [c.serviceId]));
      const orgNames =
        orgIds.length === 0
          ? []
          : await a.tx
              .select({ id: organizations.id, name: organizations.name })
              .from(organizations)
              .where(inArray(organizations.id, orgIds));
      const serviceNames =
        serviceIds.length === 0
          ? []
          : await a.tx
              .select({ id: services.id, name: services.name })
              .from(services)
              .where(inArray(services.id, serviceIds));
      const found: Undeliverable[] = [];
      for (const c of counts) {
        const receivable =
          (
            await receiversOf(a.tx, {
              receivingOrganizationId: c.organizationId,
              serviceId: c.serviceId,
            })
          ).length > 0;
        const stuck = receivable ? 0 : c.waiting;
        if (c.external === 0 && stuck === 0) continue;
        const programme =
          c.programmeKey === null ? null : await currentProgramme(a.tx, c.programmeKey);
        found.push({
          organizationName: orgNames.find((o) => o.id === c.organizationId)?.name ?? '',
          serviceName: serviceNames.find((s) => s.id === c.serviceId)?.name ?? null,
          programmeName: programme?.name ?? null,
          receivable,
          external: c.external,
          waitingWithoutReceiver: stuck,
          lastSentAt: new Date(c.lastAt).toISOString(),
        });
      }
      return found.sort((x, y) => y.lastSentAt.localeCompare(x.lastSentAt));
    },
  );
}
