/** The whole social map as HSDS 3.1 JSON: organizations, each with its locations and services. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { locations, organizations, services } from '../../platform/db/schema.ts';
import { readServices } from '../../modules/socialMap/directory/readService.ts';
import {
  hsdsLocation,
  hsdsOrganizationBase,
  hsdsServiceBase,
  hsdsServiceFull,
} from './mapToHsds.ts';

type Json = Record<string, unknown>;

/**
 * One organization with its locations, phones and services: services as list items for
 * /hsds/organizations/{id}, or in full (without the organization nested again) for the export.
 */
export async function hsdsOrganizationFull(
  db: Db,
  organization: typeof organizations.$inferSelect,
  servicesAs: 'list' | 'full',
): Promise<Json> {
  const ids = await db
    .select({ id: services.id })
    .from(services)
    .where(eq(services.organizationId, organization.id))
    .orderBy(services.name);
  const found = await readServices(
    db,
    ids.map((r) => r.id),
  );
  const orgLocations = await db
    .select()
    .from(locations)
    .where(eq(locations.organizationId, organization.id))
    .orderBy(locations.name);
  return {
    ...hsdsOrganizationBase(organization),
    locations: orgLocations.map((l) =>
      hsdsLocation({ ...l, serviceAtLocationId: '', municipalityName: null }),
    ),
    phones: (found[0]?.organizationPhones ?? []).map((p) => ({
      id: p.id,
      organization_id: organization.id,
      number: p.number,
      ...(p.description === null ? {} : { description: p.description }),
    })),
    services: found.map((s) =>
      servicesAs === 'list'
        ? hsdsServiceBase(s)
        : Object.fromEntries(
            Object.entries(hsdsServiceFull(s)).filter(([key]) => key !== 'organization'),
          ),
    ),
  };
}

export async function exportHsds(db: Db): Promise<Json[]> {
  const orgs = await db.select().from(organizations).orderBy(organizations.name);
  const out: Json[] = [];
  for (const organization of orgs) out.push(await hsdsOrganizationFull(db, organization, 'full'));
  return out;
}
