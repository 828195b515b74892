/** The whole social map as HSDS 3.1 JSON: organizations, each with its locations and full services. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { locations, organizations, services } from '../db/schema.ts';
import { readServices } from '../directory/readService.ts';
import { hsdsLocation, hsdsOrganizationBase, hsdsServiceFull } from './mapToHsds.ts';

export async function exportHsds(db: Db): Promise<Record<string, unknown>[]> {
  const orgs = await db.select().from(organizations).orderBy(organizations.name);
  const out: Record<string, unknown>[] = [];
  for (const organization of orgs) {
    const ids = await db
      .select({ id: services.id })
      .from(services)
      .where(eq(services.organizationId, organization.id))
      .orderBy(services.name);
    const full = await readServices(
      db,
      ids.map((r) => r.id),
    );
    const orgLocations = await db
      .select()
      .from(locations)
      .where(eq(locations.organizationId, organization.id))
      .orderBy(locations.name);
    out.push({
      ...hsdsOrganizationBase(organization),
      locations: orgLocations.map((l) =>
        hsdsLocation({ ...l, serviceAtLocationId: '', municipalityName: null }),
      ),
      phones: (full[0]?.organizationPhones ?? []).map((p) => ({
        id: p.id,
        organization_id: organization.id,
        number: p.number,
        ...(p.description === null ? {} : { description: p.description }),
      })),
      services: full.map((s) => {
        // The organization is the parent object here, not nested again in each service.
        return Object.fromEntries(
          Object.entries(hsdsServiceFull(s)).filter(([key]) => key !== 'organization'),
        );
      }),
    });
  }
  return out;
}
