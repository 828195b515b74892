/**
 * The social map as managed by network coordinators: only services offered in their region,
 * field-level validation by the core, every changed field recorded with who and when (exported
 * as HSDS metadata), the search index refreshed, and the change audited, all in one transaction.
 */
import {
  managesRegion,
  provinceCodes,
  provinceOfNis,
  provinces,
  serviceEditFields,
  type ServiceCreate,
  type ServiceEdit,
} from '@omringd/core';
import { asc, desc, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { organizations, serviceChanges, services } from '../../platform/db/schema.ts';
import { refreshSearch } from './directory/searchRows.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withRight, type Acting } from '../../kernel/guards/rightGuard.ts';
import type { Principal } from '../../kernel/principal.ts';

type ServiceRow = typeof services.$inferSelect;

type Coordinator = { region: Set<string>; userId: string; name: string };

/** The provinces whose social map this person manages. */
export function regionOf(principal: Principal): Set<string> {
  return new Set(
    principal.memberships.filter((m) => managesRegion(m.role)).flatMap((m) => m.regionProvinces),
  );
}

/** A network coordinator's operation on the social map of their region (audited by the kernel). */
function manage<T>(
  ctx: AccessContext,
  on: { audit: 'read' | 'search' | 'create' | 'update'; subjectId?: string },
  fn: (scope: Acting, me: Coordinator) => Promise<T>,
): Promise<T> {
  return withRight(
    ctx,
    {
      right: 'directory.manage',
      refusal: 'Only a network coordinator manages the social map.',
      audit: on.audit,
      subjectType: 'service',
      ...(on.subjectId === undefined ? {} : { subjectId: on.subjectId }),
      purpose: 'administration',
    },
    (scope) =>
      fn(scope, {
        region: regionOf(scope.principal),
        userId: scope.principal.userId,
        name: scope.principal.displayName,
      }),
  );
}

const FLEMISH = provinceCodes.filter((p) => provinces[p].flemish);

/**
 * A service is in the region when it is offered in one of the region's provinces; a service for
 * all of Flanders belongs to a coordinator whose region is all of Flanders.
 */
function inRegion(service: ServiceRow, region: Set<string>): boolean {
  if (service.servesFlanders) return FLEMISH.every((p) => region.has(p));
  return (
    service.areaProvinces.some((p) => region.has(p)) ||
    service.areaMunicipalities.some((nis) => region.has(provinceOfNis(nis) ?? ''))
  );
}

const notFound = () =>
  new AppError('not_found', 'There is no service with this id in your region.');

export type ManagedService = ServiceEdit & {
  id: string;
  organizationName: string;
  lastModified: string;
};

function toManaged(s: ServiceRow, organizationName: string): ManagedService {
  return {
    id: s.id,
    organizationName,
    lastModified: s.lastModified.toISOString(),
    name: s.name,
    alternateName: s.alternateName,
    description: s.description,
    url: s.url,
    email: s.email,
    applicationProcess: s.applicationProcess,
    eligibilityDescription: s.eligibilityDescription,
    feesDescription: s.feesDescription,
    freeOfCharge: s.freeOfCharge,
    waitTime: s.waitTime,
    ageMinMonths: s.ageMinMonths,
    ageMaxMonths: s.ageMaxMonths,
    duringPregnancy: s.duringPregnancy,
    status: s.status as ServiceEdit['status'],
  };
}

async function regionServices(tx: Db, region: Set<string>) {
  const all = await tx
    .select({ service: services, organizationName: organizations.name })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .orderBy(asc(services.name));
  return all.filter((r) => inRegion(r.service, region));
}

export async function listManagedServices(ctx: AccessContext) {
  return manage(ctx, { audit: 'search' }, async (scope, { region }) => {
    const found = await regionServices(scope.tx, region);
    scope.note({ scope: 'region', region: [...region], count: found.length });
    return found.map((r) => ({
      id: r.service.id,
      name: r.service.name,
      organizationName: r.organizationName,
      status: r.service.status,
      lastModified: r.service.lastModified.toISOString(),
    }));
  });
}

async function loadInRegion(tx: Db, id: string, region: Set<string>) {
  const [found] = await tx
    .select({ service: services, organizationName: organizations.name })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(eq(services.id, id));
  if (found === undefined || !inRegion(found.service, region)) throw notFound();
  return found;
}

export async function readManagedService(ctx: AccessContext, id: string): Promise<ManagedService> {
  return manage(ctx, { audit: 'read', subjectId: id }, async (scope, { region }) => {
    const found = await loadInRegion(scope.tx, id, region);
    return toManaged(found.service, found.organizationName);
  });
}

/** Field values as HSDS metadata holds them: text, empty for none. */
const asText = (value: string | number | boolean | null) => (value === null ? '' : String(value));

export async function updateManagedService(
  ctx: AccessContext,
  id: string,
  edit: ServiceEdit,
): Promise<ManagedService> {
  return manage(
    ctx,
    { audit: 'update', subjectId: id },
    async (scope, { region, userId, name }) => {
      const found = await loadInRegion(scope.tx, id, region);
      const before = toManaged(found.service, found.organizationName);
      const changed = serviceEditFields.filter(
        (field) => asText(before[field]) !== asText(edit[field]),
      );
      scope.note({ fields: changed });
      if (changed.length === 0) return before;
      const [updated] = await scope.tx
        .update(services)
        .set({ ...edit, lastModified: scope.now })
        .where(eq(services.id, id))
        .returning();
      if (updated === undefined) throw notFound();
      await scope.tx.insert(serviceChanges).values(
        changed.map((field) => ({
          id: randomUUID(),
          serviceId: id,
          changedAt: scope.now,
          changedBy: userId,
          changedByName: name,
          action: 'update' as const,
          fieldName: field,
          previousValue: asText(before[field]),
          replacementValue: asText(edit[field]),
        })),
      );
      await refreshSearch(scope.tx, [id]);
      return toManaged(updated, found.organizationName);
    },
  );
}

export async function serviceChangeLog(ctx: AccessContext, id: string) {
  return manage(ctx, { audit: 'read', subjectId: id }, async (scope, { region }) => {
    await loadInRegion(scope.tx, id, region);
    const rows = await scope.tx
      .select()
      .from(serviceChanges)
      .where(eq(serviceChanges.serviceId, id))
      .orderBy(desc(serviceChanges.changedAt));
    scope.note({ changeLog: true });
    return rows.map((r) => ({
      at: r.changedAt.toISOString(),
      by: r.changedByName,
      field: r.fieldName,
      from: r.previousValue,
      to: r.replacementValue,
    }));
  });
}

/** A new service in the region, recorded as created by whom and when. */
export async function createManagedService(
  ctx: AccessContext,
  input: ServiceCreate,
): Promise<ManagedService> {
  return manage(ctx, { audit: 'create' }, async (scope, { region, userId, name }) => {
    const outside = input.areaProvinces.filter((p) => !region.has(p));
    if (outside.length > 0)
      throw new AppError(
        'forbidden',
        `You manage the social map of ${[...region].join(', ') || 'no province'}; not of ${outside.join(', ')}.`,
        'areaProvinces',
      );
    const [organization] = await scope.tx
      .select()
      .from(organizations)
      .where(eq(organizations.id, input.organizationId));
    if (organization === undefined)
      throw new AppError(
        'invalid_input',
        'Choose an organisation of the social map.',
        'organizationId',
      );
    const id = randomUUID();
    const [created] = await scope.tx
      .insert(services)
      .values({
        id,
        key: `managed-${id}`,
        organizationId: organization.id,
        ...input.service,
        areaProvinces: input.areaProvinces,
        source: `Sociale kaart beheerd door ${name}`,
        termMask: 0,
        lastModified: scope.now,
      })
      .returning();
    if (created === undefined) throw new Error('The service was not stored.');
    await scope.tx.insert(serviceChanges).values({
      id: randomUUID(),
      serviceId: id,
      changedAt: scope.now,
      changedBy: userId,
      changedByName: name,
      action: 'create',
      fieldName: 'name',
      previousValue: '',
      replacementValue: input.service.name,
    });
    await refreshSearch(scope.tx, [id]);
    scope.about({ subjectId: id });
    scope.note({ organizationId: organization.id, areaProvinces: input.areaProvinces });
    return toManaged(created, organization.name);
  });
}

/** The organisations of the social map, to choose who offers a new service. */
export async function listOrganizationsForManagers(ctx: AccessContext) {
  return manage(ctx, { audit: 'search' }, (scope) => {
    scope.note({ scope: 'organizations' });
    return scope.tx
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .orderBy(asc(organizations.name));
  });
}
