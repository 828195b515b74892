/** One service with everything its detail page and the HSDS export need. */
import { eq, inArray, or, and, isNull, asc } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import {
  contacts,
  locations,
  municipalities,
  organizations,
  phones,
  schedules,
  serviceAtLocations,
  serviceChanges,
  services,
} from '../../../platform/db/schema.ts';

export type ServiceDetail = NonNullable<Awaited<ReturnType<typeof readServices>>[number]>;

export async function readService(db: Db, id: string): Promise<ServiceDetail | undefined> {
  const [found] = await readServices(db, [id]);
  return found;
}

/** Services by id, in the order of the ids, with their organisation, locations and details. */
export async function readServices(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const serviceRows = await db
    .select({ service: services, organization: organizations })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(inArray(services.id, ids));
  if (serviceRows.length === 0) return [];
  const orgIds = [...new Set(serviceRows.map((r) => r.organization.id))];
  const [phoneRows, contactRows, scheduleRows, locationRows, changeRows] = await Promise.all([
    db
      .select()
      .from(phones)
      .where(
        or(
          inArray(phones.serviceId, ids),
          and(isNull(phones.serviceId), inArray(phones.organizationId, orgIds)),
        ),
      )
      .orderBy(asc(phones.position)),
    db
      .select()
      .from(contacts)
      .where(inArray(contacts.serviceId, ids))
      .orderBy(asc(contacts.position)),
    db
      .select()
      .from(schedules)
      .where(inArray(schedules.serviceId, ids))
      .orderBy(asc(schedules.position)),
    db
      .select({
        sal: serviceAtLocations,
        location: locations,
        municipalityName: municipalities.nameNl,
      })
      .from(serviceAtLocations)
      .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
      .leftJoin(municipalities, eq(municipalities.nis, locations.municipalityNis))
      .where(inArray(serviceAtLocations.serviceId, ids))
      .orderBy(asc(locations.name)),
    db
      .select()
      .from(serviceChanges)
      .where(inArray(serviceChanges.serviceId, ids))
      .orderBy(asc(serviceChanges.changedAt)),
  ]);
  const byId = new Map(
    serviceRows.map(({ service, organization }) => [
      service.id,
      {
        ...service,
        organization,
        phones: phoneRows.filter((p) => p.serviceId === service.id),
        organizationPhones: phoneRows.filter(
          (p) => p.serviceId === null && p.organizationId === organization.id,
        ),
        contacts: contactRows.filter((c) => c.serviceId === service.id),
        schedules: scheduleRows.filter((s) => s.serviceId === service.id),
        changes: changeRows.filter((c) => c.serviceId === service.id),
        locations: locationRows
          .filter((l) => l.sal.serviceId === service.id)
          .map((l) => ({
            ...l.location,
            serviceAtLocationId: l.sal.id,
            municipalityName: l.municipalityName,
          })),
      },
    ]),
  );
  return ids.map((id) => byId.get(id)).filter((s) => s !== undefined);
}
