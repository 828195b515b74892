/** The HSDS 3.1 API (read-only), mounted at /hsds, over the same storage as our own API. */
import { taxonomies, words } from '@omringd/core';
import { count, eq, sql, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { rows } from '../../platform/db/database.ts';
import { organizations, serviceAtLocations } from '../../platform/db/schema.ts';
import { readServices } from '../../modules/socialMap/directory/readService.ts';
import { AppError } from '../../platform/errors.ts';
import { resolvePlace } from '../../modules/socialMap/search/place.ts';
import { distanceKmSql, placeFilter } from '../../modules/socialMap/search/filters.ts';
import { textMatches } from '../../modules/socialMap/search/textMatch.ts';
import { searchServices, toTsquery } from '../../modules/socialMap/search/searchServices.ts';
import { brusselsDay } from '../../platform/clock.ts';
import { hsdsOrganizationFull } from './exportHsds.ts';
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
  new URL('../../../standards/hsds-3.1/schema/openapi.json', import.meta.url),
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
  const tsquery = toTsquery(search === undefined ? [] : words(search).slice(0, 12));
  if (tsquery === null) return undefined;
  return sql`EXISTS (SELECT 1 FROM service_search x WHERE x.service_id = s.id
    AND ${textMatches(tsquery, 'x')})`;
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
  return sql`s.term_codes && ARRAY[${sql.join(
    terms.map((t) => sql`${t.code}`),
    sql`, `,
  )}]::text[]`;
}

type ListQuery = z.output<typeof listQuery>;

/** The service filters every HSDS list shares (services s). */
function serviceConditions(q: ListQuery): SQL[] {
  const conditions = [sql`s.status <> 'defunct'`];
  const text = textCondition(q.search);
  const terms = termCondition(q.taxonomy_term_id, q.taxonomy_id);
  if (text) conditions.push(text);
  if (terms) conditions.push(terms);
  if (q.organization_id !== undefined)
    conditions.push(sql`s.organization_id = ${q.organization_id}::uuid`);
  if (q.modified_after !== undefined)
    conditions.push(sql`s.last_modified > ${q.modified_after}::timestamptz`);
  return conditions;
}

export const hsdsRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.publicData.db;
    const baseUrl = (request: { protocol: string; host: string }) =>
      `${request.protocol}://${request.host}`;

    app.get(
      '/',
      { config: { access: 'public' }, schema: { tags: ['hsds'], summary: 'HSDS API information' } },
      (request) => hsdsRoot(baseUrl(request)),
    );
    app.get(
      '/openapi.json',
      { config: { access: 'public' }, schema: { hide: true } },
      async (_request, reply) =>
        reply.type('application/json').send(await readFile(openapiFile, 'utf8')),
    );
    app.get(
      '/profile',
      {
        config: { access: 'public' },
        schema: { tags: ['hsds'], summary: 'The Omringd HSDS profile: what we add to HSDS 3.1' },
      },
      () => hsdsProfile,
    );

    app.get(
      '/services',
      { config: { access: 'public' }, schema: { tags: ['hsds'], querystring: listQuery } },
      async (request) => {
        const q = request.query;
        const present = (full: Awaited<ReturnType<typeof readServices>>) =>
          full.map((s) =>
            q.full === 'true'
              ? hsdsServiceFull(s)
              : { ...hsdsServiceBase(s), organization: hsdsOrganizationBase(s.organization) },
          );
        // A text search alone is the social map's own search (what the words, places and names
        // mean; relevance first; the page read after the limit), as on our search page.
        if (
          q.search !== undefined &&
          words(q.search).length > 0 &&
          q.taxonomy_term_id === undefined &&
          q.taxonomy_id === undefined &&
          q.organization_id === undefined &&
          q.modified_after === undefined
        ) {
          const result = await searchServices(
            deps.publicData,
            { q: q.search, age: undefined, page: q.page, perPage: q.per_page },
            brusselsDay(deps.clock()),
          );
          const order = result.results.map((r) => r.id);
          const full = await readServices(db, order);
          full.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
          return hsdsPage(present(full), result.total, q.page, q.per_page);
        }
        const where = sql.join(serviceConditions(q), sql` AND `);
        const [{ total } = { total: 0 }] = await rows<{ total: number }>(
          db,
          sql`SELECT count(*)::int AS total FROM services s WHERE ${where}`,
        );
        const ids = await rows<{ id: string }>(
          db,
          sql`SELECT s.id FROM services s WHERE ${where} ORDER BY s.last_modified DESC, s.name, s.id
              LIMIT ${q.per_page}::int OFFSET ${(q.page - 1) * q.per_page}::int`,
        );
        const found = await readServices(
          db,
          ids.map((r) => r.id),
        );
        return hsdsPage(present(found), total, q.page, q.per_page);
      },
    );

    app.get(
      '/services/:id',
      { config: { access: 'public' }, schema: { tags: ['hsds'], params: idParams } },
      async (request) => {
        const [found] = await readServices(db, [request.params.id]);
        if (found === undefined) throw new AppError('not_found', 'No service with this id.');
        return hsdsServiceFull(found);
      },
    );

    app.get(
      '/organizations',
      { config: { access: 'public' }, schema: { tags: ['hsds'], querystring: listQuery } },
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
      { config: { access: 'public' }, schema: { tags: ['hsds'], params: idParams } },
      async (request) => {
        const [organization] = await db
          .select()
          .from(organizations)
          .where(eq(organizations.id, request.params.id));
        if (organization === undefined)
          throw new AppError('not_found', 'No organization with this id.');
        return hsdsOrganizationFull(db, organization, 'list');
      },
    );

    app.get(
      '/service_at_locations',
      { config: { access: 'public' }, schema: { tags: ['hsds'], querystring: listQuery } },
      async (request) => {
        const q = request.query;
        const place =
          q.postcode === undefined ? null : await resolvePlace(db, { postcode: q.postcode });
        const km = distanceKmSql(place, sql`l.latitude`, sql`l.longitude`);
        const conditions = serviceConditions(q);
        if (place !== null) {
          conditions.push(
            q.proximity === undefined
              ? placeFilter(place)
              : sql`${km} <= ${q.proximity / 1000}::float8`,
          );
        }
        const from = sql`service_at_locations sal JOIN services s ON s.id = sal.service_id
          JOIN locations l ON l.id = sal.location_id WHERE ${sql.join(conditions, sql` AND `)}`;
        const [{ total } = { total: 0 }] = await rows<{ total: number }>(
          db,
          sql`SELECT count(*)::int AS total FROM ${from}`,
        );
        const page = await rows<{ id: string; service_id: string; location_id: string }>(
          db,
          sql`SELECT sal.id, sal.service_id, sal.location_id FROM ${from}
              ORDER BY ${place?.centre == null ? sql`s.name` : sql`${km} NULLS LAST`}, sal.id
              LIMIT ${q.per_page}::int OFFSET ${(q.page - 1) * q.per_page}::int`,
        );
        const found = await readServices(db, [...new Set(page.map((p) => p.service_id))]);
        const byService = new Map(found.map((s) => [s.id, s]));
        const contents = page.flatMap((p) => {
          const service = byService.get(p.service_id);
          const location = service?.locations.find((l) => l.id === p.location_id);
          if (service === undefined || location === undefined) return [];
          return [
            {
              id: p.id,
              service_id: p.service_id,
              location_id: p.location_id,
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
      { config: { access: 'public' }, schema: { tags: ['hsds'], params: idParams } },
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

    app.get(
      '/taxonomies',
      { config: { access: 'public' }, schema: { tags: ['hsds'], querystring: listQuery } },
      (request) => {
        const all = taxonomies.map(hsdsTaxonomy);
        const { page, per_page } = request.query;
        return hsdsPage(
          all.slice((page - 1) * per_page, page * per_page),
          all.length,
          page,
          per_page,
        );
      },
    );
    app.get(
      '/taxonomies/:id',
      { config: { access: 'public' }, schema: { tags: ['hsds'], params: idParams } },
      (request) => {
        const found = taxonomies.find((t) => t.id === request.params.id);
        if (found === undefined) throw new AppError('not_found', 'No taxonomy with this id.');
        return hsdsTaxonomy(found);
      },
    );
    app.get(
      '/taxonomy_terms',
      { config: { access: 'public' }, schema: { tags: ['hsds'], querystring: listQuery } },
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
    app.get(
      '/taxonomy_terms/:id',
      { config: { access: 'public' }, schema: { tags: ['hsds'], params: idParams } },
      (request) => {
        const found = allHsdsTerms().find((t) => t.id === request.params.id);
        if (found === undefined) throw new AppError('not_found', 'No taxonomy term with this id.');
        return found;
      },
    );
  };
