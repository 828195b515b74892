/** The HSDS 3.1 API (read-only), mounted at /hsds, over the same storage as our own API. */
import { taxonomies, words } from '@omringd/core';
import { and, count, desc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { rows } from '../db/database.ts';
import { locations, organizations, serviceAtLocations, services } from '../db/schema.ts';
import { readServices } from '../directory/readService.ts';
import { AppError } from '../errors.ts';
import { resolvePlace } from '../search/place.ts';
import {
  hsdsLocation,
  hsdsOrganizationBase,
  hsdsRoot,
  hsdsServiceBase,
  hsdsServiceFull,
} from './mapToHsds.ts';
import { hsdsPage } from './page.ts';
import { allHsdsTerms, hsdsTaxonomy } from './taxonomyHsds.ts';
import { hsdsProfile } from './profile.ts';

const openapiFile = fileURLToPath(
  new URL('../../standards/hsds-3.1/schema/openapi.json', import.meta.url),
);

const paging = {
  page: z.coerce
    .number({ error: 'page must be a whole number' })
    .int()
    .min(1)
    .max(10000)
    .default(1),
  per_page: z.coerce
    .number({ error: 'per_page must be a whole number' })
    .int()
    .min(1)
    .max(100)
    .default(20),
};
const listQuery = z.object({
  ...paging,
  search: z.string().trim().max(200, { error: 'search is at most 200 characters' }).optional(),
  taxonomy_term_id: z.uuid().optional(),
  taxonomy_id: z.uuid().optional(),
  organization_id: z.uuid().optional(),
  modified_after: z.iso
    .datetime({ offset: true, error: 'modified_after is an ISO 8601 date-time' })
    .optional(),
  full: z.enum(['true', 'false']).optional(),
  minimal: z.enum(['true', 'false']).optional(),
  format: z.enum(['json']).optional(),
  postcode: z
    .string()
    .regex(/^\d{4}$/, { error: 'postcode is a Belgian postal code of four digits' })
    .optional(),
  proximity: z.coerce
    .number({ error: 'proximity is a distance in metres' })
    .min(1)
    .max(500000)
    .optional(),
});
const idParams = z.object({ id: z.uuid({ error: 'An HSDS id is a UUID.' }) });

function textCondition(search: string | undefined): SQL | undefined {
  const terms = search === undefined ? [] : words(search).slice(0, 12);
  if (terms.length === 0) return undefined;
  return sql`${services.searchVector} @@ to_tsquery('omringd_nl', ${terms.map((t) => `${t}:*`).join(' & ')})`;
}

function termCondition(
  termId: string | undefined,
  taxonomyId: string | undefined,
): SQL | undefined {
  const terms = allHsdsTerms().filter(
    (t) =>
      (termId === undefined || t.id === termId) &&
      (taxonomyId === undefined || t.taxonomy_id === taxonomyId),
  );
  if (termId === undefined && taxonomyId === undefined) return undefined;
  if (terms.length === 0) return sql`false`;
  return sql`${services.termCodes} && ARRAY[${sql.join(
    terms.map((t) => sql`${t.code}`),
    sql`, `,
  )}]::text[]`;
}

export const hsdsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const baseUrl = (request: { protocol: string; host: string }) =>
      `${request.protocol}://${request.host}`;

    app.get('/', { schema: { tags: ['hsds'], summary: 'HSDS API information' } }, (request) =>
      hsdsRoot(baseUrl(request)),
    );
    app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('application/json').send(await readFile(openapiFile, 'utf8')),
    );
    app.get(
      '/profile',
      { schema: { tags: ['hsds'], summary: 'The Omringd HSDS profile: what we add to HSDS 3.1' } },
      () => hsdsProfile,
    );

    app.get(
      '/services',
      { schema: { tags: ['hsds'], querystring: listQuery } },
      async (request) => {
        const q = request.query;
        const where = and(
          sql`${services.status} <> 'defunct'`,
          textCondition(q.search),
          termCondition(q.taxonomy_term_id, q.taxonomy_id),
          q.organization_id === undefined
            ? undefined
            : eq(services.organizationId, q.organization_id),
          q.modified_after === undefined
            ? undefined
            : gt(services.lastModified, new Date(q.modified_after)),
        );
        const [{ total } = { total: 0 }] = await db
          .select({ total: count() })
          .from(services)
          .where(where);
        const ids = await db
          .select({ id: services.id })
          .from(services)
          .where(where)
          .orderBy(desc(services.lastModified), services.name)
          .limit(q.per_page)
          .offset((q.page - 1) * q.per_page);
        const found = await readServices(
          db,
          ids.map((r) => r.id),
        );
        const contents = found.map((s) =>
          q.full === 'true'
            ? hsdsServiceFull(s)
            : { ...hsdsServiceBase(s), organization: hsdsOrganizationBase(s.organization) },
        );
        return hsdsPage(contents, total, q.page, q.per_page);
      },
    );

    app.get('/services/:id', { schema: { tags: ['hsds'], params: idParams } }, async (request) => {
      const [found] = await readServices(db, [request.params.id]);
      if (found === undefined) throw new AppError('not_found', 'No service with this id.');
      return hsdsServiceFull(found);
    });

    app.get(
      '/organizations',
      { schema: { tags: ['hsds'], querystring: listQuery } },
      async (request) => {
        const q = request.query;
        const terms = q.search === undefined ? [] : words(q.search);
        const where =
          terms.length === 0
            ? undefined
            : sql`unaccent(lower(${organizations.name} || ' ' || ${organizations.description})) LIKE ${`%${terms.join('%')}%`}`;
        const [{ total } = { total: 0 }] = await db
          .select({ total: count() })
          .from(organizations)
          .where(where);
        const found = await db
          .select()
          .from(organizations)
          .where(where)
          .orderBy(organizations.name)
          .limit(q.per_page)
          .offset((q.page - 1) * q.per_page);
        return hsdsPage(found.map(hsdsOrganizationBase), total, q.page, q.per_page);
      },
    );

    app.get(
      '/organizations/:id',
      { schema: { tags: ['hsds'], params: idParams } },
      async (request) => {
        const [organization] = await db
          .select()
          .from(organizations)
          .where(eq(organizations.id, request.params.id));
        if (organization === undefined)
          throw new AppError('not_found', 'No organization with this id.');
        const serviceIds = await db
          .select({ id: services.id })
          .from(services)
          .where(eq(services.organizationId, organization.id))
          .orderBy(services.name);
        const orgServices = await readServices(
          db,
          serviceIds.map((s) => s.id),
        );
        const orgLocations = await db
          .select()
          .from(locations)
          .where(eq(locations.organizationId, organization.id))
          .orderBy(locations.name);
        return {
          ...hsdsOrganizationBase(organization),
          services: orgServices.map(hsdsServiceBase),
          locations: orgLocations.map((l) =>
            hsdsLocation({ ...l, serviceAtLocationId: '', municipalityName: null }),
          ),
          phones:
            orgServices[0]?.organizationPhones.map((p) => ({
              id: p.id,
              organization_id: organization.id,
              number: p.number,
              ...(p.description === null ? {} : { description: p.description }),
            })) ?? [],
        };
      },
    );

    app.get(
      '/service_at_locations',
      { schema: { tags: ['hsds'], querystring: listQuery } },
      async (request) => {
        const q = request.query;
        const place =
          q.postcode === undefined ? null : await resolvePlace(db, { postcode: q.postcode });
        const centre = place?.centre ?? null;
        const distance =
          centre === null
            ? sql`NULL::float8`
            : sql`2 * 6371000 * asin(sqrt(power(sin(radians(${locations.latitude} - ${centre.lat}::float8) / 2), 2) + cos(radians(${centre.lat}::float8)) * cos(radians(${locations.latitude})) * power(sin(radians(${locations.longitude} - ${centre.lon}::float8) / 2), 2)))`;
        const coverage =
          place === null
            ? undefined
            : q.proximity !== undefined
              ? sql`${distance} <= ${q.proximity}::float8`
              : sql`(${services.servesFlanders} OR ${services.servesBeyondProvince} OR ${place.province} = ANY(${services.areaProvinces}) OR ${services.areaMunicipalities} && ARRAY[${sql.join([...place.municipalities.map((m) => sql`${m.nis}`), sql`''`], sql`, `)}]::text[])`;
        const where = and(
          sql`${services.status} <> 'defunct'`,
          textCondition(q.search),
          termCondition(q.taxonomy_term_id, q.taxonomy_id),
          q.organization_id === undefined
            ? undefined
            : eq(services.organizationId, q.organization_id),
          q.modified_after === undefined
            ? undefined
            : gt(services.lastModified, new Date(q.modified_after)),
          coverage,
        );
        const base = db
          .select({
            id: serviceAtLocations.id,
            serviceId: serviceAtLocations.serviceId,
            locationId: serviceAtLocations.locationId,
          })
          .from(serviceAtLocations)
          .innerJoin(services, eq(services.id, serviceAtLocations.serviceId))
          .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
          .where(where);
        const [{ total } = { total: 0 }] = await rows<{ total: number }>(
          db,
          sql`SELECT count(*)::int AS total FROM (${base}) x`,
        );
        const page = await base
          .orderBy(
            centre === null ? services.name : sql`${distance} NULLS LAST`,
            serviceAtLocations.id,
          )
          .limit(q.per_page)
          .offset((q.page - 1) * q.per_page);
        const found = await readServices(db, [...new Set(page.map((p) => p.serviceId))]);
        const byService = new Map(found.map((s) => [s.id, s]));
        const contents = page.flatMap((p) => {
          const service = byService.get(p.serviceId);
          const location = service?.locations.find((l) => l.id === p.locationId);
          if (service === undefined || location === undefined) return [];
          return [
            {
              id: p.id,
              service_id: p.serviceId,
              location_id: p.locationId,
              service: hsdsServiceBase(service),
              location: hsdsLocation(location),
            },
          ];
        });
        return hsdsPage(contents, total, q.page, q.per_page);
      },
    );

    app.get(
      '/service_at_locations/:id',
      { schema: { tags: ['hsds'], params: idParams } },
      async (request) => {
        const [sal] = await db
          .select()
          .from(serviceAtLocations)
          .where(eq(serviceAtLocations.id, request.params.id));
        if (sal === undefined)
          throw new AppError('not_found', 'No service_at_location with this id.');
        const [service] = await readServices(db, [sal.serviceId]);
        const location = service?.locations.find((l) => l.id === sal.locationId);
        if (service === undefined || location === undefined)
          throw new AppError('not_found', 'No service_at_location with this id.');
        return {
          id: sal.id,
          service_id: service.id,
          location_id: location.id,
          service: hsdsServiceFull(service),
          location: hsdsLocation(location),
        };
      },
    );

    app.get('/taxonomies', { schema: { tags: ['hsds'], querystring: listQuery } }, (request) => {
      const all = taxonomies.map(hsdsTaxonomy);
      const { page, per_page } = request.query;
      return hsdsPage(
        all.slice((page - 1) * per_page, page * per_page),
        all.length,
        page,
        per_page,
      );
    });
    app.get('/taxonomies/:id', { schema: { tags: ['hsds'], params: idParams } }, (request) => {
      const found = taxonomies.find((t) => t.id === request.params.id);
      if (found === undefined) throw new AppError('not_found', 'No taxonomy with this id.');
      return hsdsTaxonomy(found);
    });
    app.get(
      '/taxonomy_terms',
      { schema: { tags: ['hsds'], querystring: listQuery } },
      (request) => {
        const { page, per_page, taxonomy_id, search } = request.query;
        const needle = search === undefined ? [] : words(search);
        const all = allHsdsTerms().filter(
          (t) =>
            (taxonomy_id === undefined || t.taxonomy_id === taxonomy_id) &&
            needle.every((w) =>
              words(`${t.name} ${t.name_en} ${t.code}`).some((x) => x.startsWith(w)),
            ),
        );
        return hsdsPage(
          all.slice((page - 1) * per_page, page * per_page),
          all.length,
          page,
          per_page,
        );
      },
    );
    app.get('/taxonomy_terms/:id', { schema: { tags: ['hsds'], params: idParams } }, (request) => {
      const found = allHsdsTerms().find((t) => t.id === request.params.id);
      if (found === undefined) throw new AppError('not_found', 'No taxonomy term with this id.');
      return found;
    });
  };
