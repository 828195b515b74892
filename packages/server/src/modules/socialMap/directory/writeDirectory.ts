/**
 * The one write path of the social map: demo data and HSDS imports both arrive as a validated
 * Directory and are written here, all or nothing, idempotently (same keys → same ids → update).
 */
import {
  compoundPartsOfText,
  findTerm,
  termMask,
  words,
  type Directory,
  type Organization,
  type Service,
} from '@omringd/core';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import {
  contacts,
  locations,
  organizations,
  phones,
  schedules,
  serviceAtLocations,
  services,
} from '../../../platform/db/schema.ts';
import { recordId, stableUuid } from '../../../platform/ids.ts';
import { refreshSearch } from './searchRows.ts';
import { phoneRow, scheduleRow } from './childRows.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type WriteResult = { organizations: number; services: number; locations: number };

const CHUNK = 500;

async function insertChunked<T>(
  items: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await insert(items.slice(i, i + CHUNK));
}

/** The words the index holds beyond the text: the terms' labels and the compounds' parts. */
export function searchExtra(
  service: Pick<Service, 'terms' | 'name' | 'alternateName' | 'description'>,
  organization: Pick<Organization, 'name'>,
): string {
  const labels = service.terms.flatMap((key) => {
    const found = findTerm(key);
    return found ? [found.term.labels.nl, found.term.labels.en, found.term.symbol ?? ''] : [];
  });
  const parts = compoundPartsOfText(
    [service.name, service.alternateName ?? '', service.description, organization.name].join(' '),
    words,
  );
  return [...labels, ...parts].join(' ');
}

export async function writeDirectory(
  db: Db,
  directory: Directory,
  now: Date,
): Promise<WriteResult> {
  return db.transaction((tx) => writeInTransaction(tx, directory, now));
}

export async function writeInTransaction(
  tx: Tx,
  directory: Directory,
  now: Date,
): Promise<WriteResult> {
  const orgRows = directory.organizations.map((o) => ({
    id: recordId('organization', o.key),
    key: o.key,
    name: o.name,
    alternateName: o.alternateName ?? null,
    description: o.description,
    email: o.email ?? null,
    website: o.website ?? null,
    source: directory.source,
    lastModified: now,
  }));

  const muniCoordinates = await municipalityCoordinates(
    tx,
    directory.organizations.flatMap((o) =>
      o.locations.map((l) => l.municipality).filter((m): m is string => m !== undefined),
    ),
  );

  const locationRows = directory.organizations.flatMap((o) =>
    o.locations.map((l) => {
      const centre = l.municipality === undefined ? undefined : muniCoordinates.get(l.municipality);
      return {
        id: recordId('location', l.key),
        key: l.key,
        organizationId: recordId('organization', o.key),
        name: l.name,
        description: l.description ?? null,
        street: l.address?.street ?? null,
        street2: l.address?.street2 ?? null,
        attention: l.address?.attention ?? null,
        postalCode: l.address?.postalCode ?? null,
        city: l.address?.city ?? null,
        region: l.address?.region ?? null,
        stateProvince: l.address?.stateProvince ?? null,
        country: l.address?.country ?? 'BE',
        addressType: l.address?.addressType ?? null,
        municipalityNis: l.municipality ?? null,
        latitude: l.latitude ?? centre?.latitude ?? null,
        longitude: l.longitude ?? centre?.longitude ?? null,
      };
    }),
  );
  const locationById = new Map(locationRows.map((l) => [l.key, l]));

  const serviceRows = directory.organizations.flatMap((o) =>
    o.services.map((s) => {
      const firstPlaced = s.locations
        .map((k) => locationById.get(k))
        .find((l) => l?.latitude != null);
      return {
        id: recordId('service', s.key),
        key: s.key,
        organizationId: recordId('organization', o.key),
        name: s.name,
        alternateName: s.alternateName ?? null,
        description: s.description,
        url: s.url ?? null,
        email: s.email ?? null,
        status: s.status,
        applicationProcess: s.applicationProcess ?? null,
        eligibilityDescription: s.eligibilityDescription ?? null,
        feesDescription: s.feesDescription ?? null,
        freeOfCharge: s.freeOfCharge ?? null,
        waitTime: s.waitTime ?? null,
        capacity: s.capacity ?? null,
        ageMinMonths: s.ageMinMonths ?? null,
        ageMaxMonths: s.ageMaxMonths ?? null,
        duringPregnancy: s.duringPregnancy,
        servesFlanders: s.areas.some((a) => a.kind === 'flanders'),
        servesBeyondProvince: s.servesBeyondProvince,
        // Whole provinces only: a service for one municipality is not offered in all of its province.
        areaProvinces: [
          ...new Set(s.areas.flatMap((a) => (a.kind === 'province' ? [a.code] : []))),
        ],
        areaMunicipalities: s.areas.flatMap((a) => (a.kind === 'municipality' ? [a.code] : [])),
        areaDescriptions: s.areas.flatMap((a) =>
          a.kind === 'described'
            ? [
                {
                  name: a.name,
                  description: a.description,
                  extent: a.extent,
                  extentType: a.extentType,
                  uri: a.uri,
                },
              ]
            : [],
        ),
        termCodes: s.terms,
        termMask: termMask(s.terms),
        languages: s.languages,
        latitude: firstPlaced?.latitude ?? null,
        longitude: firstPlaced?.longitude ?? null,
        source: s.source ?? directory.source,
        lastModified: now,
        searchExtra: searchExtra(s, o),
      };
    }),
  );

  const unknownLocations = directory.organizations.flatMap((o) =>
    o.services.flatMap((s) =>
      s.locations.filter((k) => !locationById.has(k)).map((k) => `${s.key} → ${k}`),
    ),
  );
  if (unknownLocations.length > 0) {
    throw new Error(
      `Services refer to locations that are not in the file: ${unknownLocations.join(', ')}`,
    );
  }

  await insertChunked(orgRows, (chunk) =>
    tx
      .insert(organizations)
      .values(chunk)
      .onConflictDoUpdate({
        target: organizations.id,
        set: excludedAll([
          'name',
          'alternate_name',
          'description',
          'email',
          'website',
          'source',
          'last_modified',
        ]),
      }),
  );
  await insertChunked(locationRows, (chunk) =>
    tx
      .insert(locations)
      .values(chunk)
      .onConflictDoUpdate({
        target: locations.id,
        set: excludedAll([
          'organization_id',
          'name',
          'description',
          'street',
          'street_2',
          'attention',
          'postal_code',
          'city',
          'region',
          'state_province',
          'country',
          'address_type',
          'municipality_nis',
          'latitude',
          'longitude',
        ]),
      }),
  );
  await insertChunked(serviceRows, (chunk) =>
    tx
      .insert(services)
      .values(chunk)
      .onConflictDoUpdate({
        target: services.id,
        set: excludedAll([
          'organization_id',
          'name',
          'alternate_name',
          'description',
          'url',
          'email',
          'status',
          'application_process',
          'eligibility_description',
          'fees_description',
          'free_of_charge',
          'wait_time',
          'capacity',
          'age_min_months',
          'age_max_months',
          'during_pregnancy',
          'serves_flanders',
          'serves_beyond_province',
          'area_provinces',
          'area_municipalities',
          'area_descriptions',
          'term_codes',
          'term_mask',
          'languages',
          'latitude',
          'longitude',
          'source',
          'last_modified',
          'search_extra',
        ]),
      }),
  );

  await replaceChildren(tx, directory, locationById);
  await refreshSearch(
    tx,
    serviceRows.map((s) => s.id),
  );
  return {
    organizations: orgRows.length,
    services: serviceRows.length,
    locations: locationRows.length,
  };
}

function excludedAll(columns: string[]): Record<string, ReturnType<typeof sql>> {
  const camel = (c: string) => c.replace(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase());
  return Object.fromEntries(columns.map((c) => [camel(c), sql.raw(`excluded."${c}"`)]));
}

async function municipalityCoordinates(tx: Tx, nisCodes: string[]) {
  if (nisCodes.length === 0)
    return new Map<string, { latitude: number | null; longitude: number | null }>();
  const found = await tx.query.municipalities.findMany({
    where: (m, { inArray: within }) => within(m.nis, [...new Set(nisCodes)]),
  });
  const missing = [...new Set(nisCodes)].filter((n) => !found.some((m) => m.nis === n));
  if (missing.length > 0) throw new Error(`Unknown municipality (NIS code): ${missing.join(', ')}`);
  return new Map(found.map((m) => [m.nis, { latitude: m.latitude, longitude: m.longitude }]));
}

/** Phones, contacts, schedules and service-at-location are replaced as a whole per record. */
async function replaceChildren(
  tx: Tx,
  directory: Directory,
  locationByKey: Map<string, { id: string }>,
): Promise<void> {
  const serviceIds = directory.organizations.flatMap((o) =>
    o.services.map((s) => recordId('service', s.key)),
  );
  const orgIds = directory.organizations.map((o) => recordId('organization', o.key));
  const locationIds = [...locationByKey.values()].map((l) => l.id);
  for (let i = 0; i < serviceIds.length; i += CHUNK) {
    const ids = serviceIds.slice(i, i + CHUNK);
    await tx.delete(phones).where(inArray(phones.serviceId, ids));
    await tx.delete(contacts).where(inArray(contacts.serviceId, ids));
    await tx.delete(schedules).where(inArray(schedules.serviceId, ids));
    await tx.delete(serviceAtLocations).where(inArray(serviceAtLocations.serviceId, ids));
  }
  if (orgIds.length > 0) await tx.delete(phones).where(inArray(phones.organizationId, orgIds));
  if (locationIds.length > 0)
    await tx.delete(schedules).where(inArray(schedules.locationId, locationIds));

  const phoneRows: (typeof phones.$inferInsert)[] = [];
  const contactRows: (typeof contacts.$inferInsert)[] = [];
  const scheduleRows: (typeof schedules.$inferInsert)[] = [];
  const salRows: (typeof serviceAtLocations.$inferInsert)[] = [];
  for (const o of directory.organizations) {
    const organizationId = recordId('organization', o.key);
    o.phones.forEach((p, i) =>
      phoneRows.push(phoneRow({ organizationId }, p, `${organizationId}#${i}`, i)),
    );
    for (const l of o.locations) {
      const locationId = recordId('location', l.key);
      l.schedules.forEach((s, i) =>
        scheduleRows.push(scheduleRow({ locationId }, s, `${locationId}#${i}`, i)),
      );
    }
    for (const s of o.services) {
      const serviceId = recordId('service', s.key);
      s.phones.forEach((p, i) =>
        phoneRows.push(phoneRow({ serviceId }, p, `${serviceId}#${i}`, i)),
      );
      s.contacts.forEach((c, i) =>
        contactRows.push({
          id: stableUuid('contact', `${serviceId}#${i}`),
          serviceId,
          name: c.name ?? null,
          title: c.title ?? null,
          department: c.department ?? null,
          email: c.email ?? null,
          position: i,
        }),
      );
      s.schedules.forEach((x, i) =>
        scheduleRows.push(scheduleRow({ serviceId }, x, `${serviceId}#${i}`, i)),
      );
      for (const key of s.locations) {
        const location = locationByKey.get(key);
        if (location)
          salRows.push({
            id: stableUuid('service_at_location', `${serviceId}@${location.id}`),
            serviceId,
            locationId: location.id,
          });
      }
    }
  }
  await insertChunked(phoneRows, (c) => tx.insert(phones).values(c));
  await insertChunked(contactRows, (c) => tx.insert(contacts).values(c));
  await insertChunked(scheduleRows, (c) => tx.insert(schedules).values(c));
  await insertChunked(salRows, (c) => tx.insert(serviceAtLocations).values(c));
}
