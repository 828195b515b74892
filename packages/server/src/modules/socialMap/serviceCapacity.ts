/**
 * A service's capacity as its network coordinator records it: places free, of how many, and of
 * what (HSDS service_capacity, exported in the HSDS API and shown on the social map), stamped
 * with the moment it was set; every change is kept in the service's change log.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Capacity, CapacityInput } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { serviceChanges, services } from '../../platform/db/schema.ts';
import { loadInRegion, manage } from './directoryStore.ts';

const asText = (c: unknown) => (c === null || c === undefined ? '' : JSON.stringify(c));

export function setServiceCapacity(
  ctx: AccessContext,
  id: string,
  input: CapacityInput,
): Promise<Capacity | null> {
  return manage(
    ctx,
    { audit: 'update', subjectId: id },
    async (scope, { region, userId, name }) => {
      const found = await loadInRegion(scope.tx, id, region);
      const capacity: Capacity | null =
        input.capacity === null
          ? null
          : {
              available: input.capacity.available,
              ...(input.capacity.maximum === null ? {} : { maximum: input.capacity.maximum }),
              unit: input.capacity.unit,
              updated: scope.now.toISOString(),
            };
      await scope.tx
        .update(services)
        .set({ capacity, lastModified: scope.now })
        .where(eq(services.id, id));
      await scope.tx.insert(serviceChanges).values({
        id: randomUUID(),
        serviceId: id,
        changedAt: scope.now,
        changedBy: userId,
        changedByName: name,
        action: 'update',
        fieldName: 'capacity',
        previousValue: asText(found.service.capacity),
        replacementValue: asText(capacity),
      });
      scope.note({ fields: ['capacity'] });
      return capacity;
    },
  );
}
