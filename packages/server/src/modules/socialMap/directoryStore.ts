/**
 * The social map as managed by network coordinators: only services offered in their region,
 * field-level validation by the core, every changed field recorded with who and when (exported
 * as HSDS metadata), the search index refreshed, and the change audited, all in one transaction.
 */
import {
  EDITABLE_PROVINCES,
  managesRegion,
  termMask,
  provinceCodes,
  provinceOfNis,
  provinces,
  serviceEditFields,
  type ServiceCreate,
  type ServiceEdit,
  type ServiceUpdate,
  offeredSomewhere,
} from '@omringd/core';
import { asc, desc, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { organizations, serviceChanges, services } from '../../platform/db/schema.ts';
import { refreshSearch } from './directory/searchRows.ts';
import { searchExtra } from './directory/writeDirectory.ts';
import { readExtras, writeExtras, type Shown } from './serviceExtras.ts';
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
export function manage<T>(
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
  municipalityNames: Record<string, string>;
};

function toManaged(s: ServiceRow, organizationName: string, extras: Shown): ManagedService {
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
    terms: s.termCodes,
    areaProvinces: s.areaProvinces.filter(isEditableProvince),
    areaMunicipalities: s.areaMunicipalities,
    servesFlanders: s.servesFlanders,
    servesBeyondProvince: s.servesBeyondProvince,
    languages: s.languages,
    ...extras,
  };
}

const isEditableProvince = (p: string): p is (typeof EDITABLE_PROVINCES)[number] =>
  (EDITABLE_PROVINCES as readonly string[]).includes(p);

/** The columns of the service row an edit sets (the rest lives beside it: serviceExtras). */
function serviceColumns(edit: ServiceEdit, organizationName: string) {
  return {
    name: edit.name,
    alternateName: edit.alternateName,
    description: edit.description,
    url: edit.url,
    email: edit.email,
    applicationProcess: edit.applicationProcess,
    eligibilityDescription: edit.eligibilityDescription,
    feesDescription: edit.feesDescription,
    freeOfCharge: edit.freeOfCharge,
    waitTime: edit.waitTime,
    ageMinMonths: edit.ageMinMonths,
    ageMaxMonths: edit.ageMaxMonths,
    duringPregnancy: edit.duringPregnancy,
    status: edit.status,
    areaProvinces: edit.areaProvinces,
    areaMunicipalities: edit.areaMunicipalities,
    servesFlanders: edit.servesFlanders,
    servesBeyondProvince: edit.servesBeyondProvince,
    languages: edit.languages,
    termCodes: edit.terms,
    termMask: termMask(edit.terms),
    searchExtra: searchExtra(
      { ...edit, alternateName: edit.alternateName ?? undefined },
      { name: organizationName },
    ),
  };
}

/**
 * A coordinator places a service only in the provinces of their region; all of Flanders only
 * when their region is all of Flanders.
 */
/**
 * A coordinator adds places only in their own region; places the service already had elsewhere
 * (set by another region's coordinator) may stay or go.
 */
function checkPlaces(
  edit: ServiceEdit,
  region: Set<string>,
  before?: Pick<ServiceEdit, 'areaProvinces' | 'areaMunicipalities' | 'servesFlanders'>,
): void {
  const unknown = edit.areaMunicipalities.filter((nis) => provinceOfNis(nis) === undefined);
  if (unknown.length > 0)
    throw new AppError(
      'invalid_input',
      `There is no Belgian municipality with NIS code ${unknown.join(', ')}. Choose the municipalities from the list.`,
      'areaMunicipalities',
    );
  const had = new Set([...(before?.areaProvinces ?? []), ...(before?.areaMunicipalities ?? [])]);
  const outside = [
    ...edit.areaProvinces.filter((p) => !had.has(p)),
    ...edit.areaMunicipalities.filter((m) => !had.has(m)).map((nis) => provinceOfNis(nis) ?? nis),
  ].filter((p) => !region.has(p));
  if (outside.length > 0)
    throw new AppError(
      'forbidden',
      `You manage the social map of ${[...region].join(', ') || 'no province'}; not of ${outside.join(', ')}.`,
      'areaProvinces',
    ).because('outside_region');
  if (
    edit.servesFlanders &&
    before?.servesFlanders !== true &&
    !FLEMISH.every((p) => region.has(p))
  )
    throw new AppError(
      'forbidden',
      'Only a coordinator of all of Flanders offers a service in all of Flanders; choose your provinces.',
      'servesFlanders',
    ).because('flanders_only');
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

export async function loadInRegion(tx: Db, id: string, region: Set<string>) {
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
    return toManaged(found.service, found.organizationName, await readExtras(scope.tx, id));
  });
}

/** Field values as HSDS metadata holds them: text, empty for none; lists and addresses as JSON. */
const asText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/** The change applied to the service as it is: what the change leaves out stays. */
function resolveUpdate(update: ServiceUpdate, before: ServiceEdit): ServiceEdit {
  const edit: ServiceEdit = {
    ...update,
    terms: update.terms ?? before.terms,
    areaProvinces: update.areaProvinces ?? before.areaProvinces,
    areaMunicipalities: update.areaMunicipalities ?? before.areaMunicipalities,
    servesFlanders: update.servesFlanders ?? before.servesFlanders,
    servesBeyondProvince: update.servesBeyondProvince ?? before.servesBeyondProvince,
    languages: update.languages ?? before.languages,
    phones: update.phones ?? before.phones,
    address: update.address === undefined ? before.address : update.address,
  };
  if (!offeredSomewhere(edit))
    throw new AppError(
      'invalid_input',
      'Say where the service is offered: all of Flanders, a province or a municipality.',
      'areaProvinces',
    );
  return edit;
}

export async function updateManagedService(
  ctx: AccessContext,
  id: string,
  update: ServiceUpdate,
): Promise<ManagedService> {
  return manage(
    ctx,
    { audit: 'update', subjectId: id },
    async (scope, { region, userId, name }) => {
      const found = await loadInRegion(scope.tx, id, region);
      const before = toManaged(
        found.service,
        found.organizationName,
        await readExtras(scope.tx, id),
      );
      const edit = resolveUpdate(update, before);
      checkPlaces(edit, region, before);
      const changed = serviceEditFields.filter(
        (field) => asText(before[field]) !== asText(edit[field]),
      );
      scope.note({ fields: changed });
      if (changed.length === 0) return before;
      const [updated] = await scope.tx
        .update(services)
        .set({ ...serviceColumns(edit, found.organizationName), lastModified: scope.now })
        .where(eq(services.id, id))
        .returning();
      if (updated === undefined) throw notFound();
      await writeExtras(scope.tx, updated, edit);
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
      const [reread] = await scope.tx.select().from(services).where(eq(services.id, id));
      return toManaged(reread ?? updated, found.organizationName, await readExtras(scope.tx, id));
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
    checkPlaces(input.service, region);
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
        ...serviceColumns(input.service, organization.name),
        source: `Sociale kaart beheerd door ${name}`,
        lastModified: scope.now,
      })
      .returning();
    if (created === undefined) throw new Error('The service was not stored.');
    await writeExtras(scope.tx, created, input.service);
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
    scope.note({ organizationId: organization.id, areaProvinces: input.service.areaProvinces });
    const [reread] = await scope.tx.select().from(services).where(eq(services.id, id));
    return toManaged(reread ?? created, organization.name, await readExtras(scope.tx, id));
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
