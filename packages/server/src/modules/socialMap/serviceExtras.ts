/**
 * The parts of a managed service that live beside its row: its own phone numbers and the street
 * address of its first location. Numbers that change on a date (validFrom/validTo, from an import)
 * are not edited here and stay as they are.
 */
import type { ServiceEdit } from '@omringd/core';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import {
  locations,
  municipalities,
  phones,
  postalCodes,
  serviceAtLocations,
  services,
} from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';

export type Extras = Pick<ServiceEdit, 'phones' | 'address'>;
/** What the edit form shows beside the fields: the names of the service's municipalities. */
export type Shown = Extras & { municipalityNames: Record<string, string> };

const undated = (serviceId: string) =>
  and(eq(phones.serviceId, serviceId), isNull(phones.validFrom), isNull(phones.validTo));

async function firstLocation(tx: Db, serviceId: string) {
  const [found] = await tx
    .select({ location: locations })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(eq(serviceAtLocations.serviceId, serviceId))
    .orderBy(asc(locations.name))
    .limit(1);
  return found?.location;
}

export async function readExtras(tx: Db, serviceId: string): Promise<Shown> {
  const numbers = await tx
    .select({ number: phones.number, description: phones.description })
    .from(phones)
    .where(undated(serviceId))
    .orderBy(asc(phones.position));
  const location = await firstLocation(tx, serviceId);
  const names = await tx
    .select({ nis: municipalities.nis, name: municipalities.nameNl })
    .from(services)
    .innerJoin(municipalities, sql`${municipalities.nis} = ANY(${services.areaMunicipalities})`)
    .where(eq(services.id, serviceId));
  return {
    municipalityNames: Object.fromEntries(names.map((m) => [m.nis, m.name])),
    phones: numbers,
    address:
      location?.street != null && location.postalCode != null && location.city != null
        ? { street: location.street, postalCode: location.postalCode, city: location.city }
        : null,
  };
}

/** The municipality of a Belgian postal code (the first, for a code shared by several). */
async function municipalityOf(tx: Db, postalCode: string) {
  const [found] = await tx
    .select({
      nis: municipalities.nis,
      lat: municipalities.latitude,
      lon: municipalities.longitude,
    })
    .from(postalCodes)
    .innerJoin(municipalities, eq(municipalities.nis, postalCodes.nis))
    .where(eq(postalCodes.postcode, postalCode))
    .orderBy(asc(municipalities.nis))
    .limit(1);
  if (found === undefined)
    throw new AppError(
      'invalid_input',
      `There is no Belgian postal code ${postalCode}. Check the four digits.`,
      'address',
    );
  return found;
}

export async function writeExtras(
  tx: Db,
  service: { id: string; organizationId: string; name: string },
  edit: Extras,
): Promise<void> {
  await tx.delete(phones).where(undated(service.id));
  if (edit.phones.length > 0)
    await tx.insert(phones).values(
      edit.phones.map((p, i) => ({
        id: randomUUID(),
        serviceId: service.id,
        number: p.number,
        description: p.description,
        position: i,
      })),
    );

  const location = await firstLocation(tx, service.id);
  if (edit.address === null) {
    if (location !== undefined)
      await tx
        .update(locations)
        .set({ street: null, postalCode: null, city: null })
        .where(eq(locations.id, location.id));
    return;
  }
  const place = await municipalityOf(tx, edit.address.postalCode);
  const address = {
    street: edit.address.street,
    postalCode: edit.address.postalCode,
    city: edit.address.city,
    country: 'BE',
    municipalityNis: place.nis,
  };
  let placed: { latitude: number | null; longitude: number | null };
  if (location === undefined) {
    const id = randomUUID();
    placed = { latitude: place.lat, longitude: place.lon };
    await tx.insert(locations).values({
      id,
      key: `managed-location-${id}`,
      organizationId: service.organizationId,
      name: service.name,
      ...address,
      ...placed,
    });
    await tx
      .insert(serviceAtLocations)
      .values({ id: randomUUID(), serviceId: service.id, locationId: id });
  } else {
    // A location moved to another municipality is placed at that municipality's centre.
    const moved = location.municipalityNis !== place.nis;
    placed = moved
      ? { latitude: place.lat, longitude: place.lon }
      : { latitude: location.latitude, longitude: location.longitude };
    await tx
      .update(locations)
      .set({ ...address, ...placed })
      .where(eq(locations.id, location.id));
  }
  await tx.update(services).set(placed).where(eq(services.id, service.id));
}
