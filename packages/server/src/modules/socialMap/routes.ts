/** Our own social-map API: search with facets, suggestions while typing, and one service. */
import {
  capacitySchema,
  combineTsquery,
  expandWords,
  nameKey,
  serviceSearchQuerySchema,
  taxonomies,
  findTerm,
  phonesValidOn,
  provinceOfNis,
  words,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { rows } from '../../platform/db/database.ts';
import { readService } from './directory/readService.ts';
import { AppError } from '../../platform/errors.ts';
import { searchServices } from './search/searchServices.ts';
import { nameMatches, nameScore, textMatches, textRank } from './search/textMatch.ts';
import { brusselsDay } from '../../platform/clock.ts';
import type { ModuleDeps } from '../../app.ts';

const legendOf = (termCodes: string[]) =>
  termCodes.flatMap((code) => {
    const symbol = findTerm(code)?.term.symbol;
    return symbol === undefined ? [] : [{ term: code, symbol }];
  });

export const servicesRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/services',
      {
        config: { access: 'public' },
        schema: {
          tags: ['social map'],
          summary: 'Search the social map',
          description:
            'Free text (Dutch stemming, accent-insensitive, prefix while typing, compound parts, "did you mean"), the family\'s postal code, municipality or province, the child\'s age in months or "pregnant", and filters. Public: no login.',
          querystring: serviceSearchQuerySchema,
        },
      },
      async (request) => {
        const result = await searchServices(
          deps.publicData,
          request.query,
          brusselsDay(deps.clock()),
        );
        const familyProvince = result.place?.province;
        return {
          ...result,
          results: result.results.map((hit) => ({
            ...hit,
            legend: legendOf(hit.termCodes),
            // Found because it serves beyond its province: the page says so.
            outsideFamilyProvince:
              familyProvince !== undefined &&
              !hit.servesFlanders &&
              !hit.areaProvinces.includes(familyProvince) &&
              !hit.areaMunicipalities.some((nis) => provinceOfNis(nis) === familyProvince),
          })),
        };
      },
    );

    app.get(
      '/api/v1/suggest',
      {
        config: { access: 'public' },
        schema: {
          tags: ['social map'],
          summary: 'Suggestions while typing',
          querystring: z
            .object({
              q: z
                .string()
                .trim()
                .min(1, { error: 'Type at least one letter.' })
                .max(100, { error: 'Type at most 100 characters.' }),
            })
            .strict(),
        },
      },
      async (request) => {
        // The words as typed (a prefix while typing), and the text as a name ("OP+", "De Kiem").
        const tsquery = combineTsquery(
          expandWords(words(request.query.q).slice(0, 6)).map((g) => ({
            word: g.word,
            alternatives: [g.word],
          })),
          'all',
        );
        const phrase = nameKey(request.query.q);
        const byName = phrase.length >= 2 ? nameMatches(phrase, 'x') : null;
        if (tsquery === null && byName === null) return { suggestions: [] };
        const matches = [
          ...(tsquery === null ? [] : [textMatches(tsquery, 'x')]),
          ...(byName === null ? [] : [byName]),
        ];
        const rank = sql`${byName === null ? sql`0` : nameScore(phrase, 'x')} * 10 + ${
          tsquery === null ? sql`0` : textRank(tsquery, 'x')
        }`;
        const found = await rows<{ id: string; name: string; organization_name: string }>(
          deps.publicData.db,
          // The best eight from the search rows first: joining every match to its service
          // before the limit made a common prefix slow to suggest.
          sql`SELECT s.id, s.name, o.name AS organization_name
              FROM (SELECT x.service_id, x.name, ${rank} AS rank
                    FROM service_search x
                    WHERE (${sql.join(matches, sql` OR `)}) AND x.active
                    ORDER BY rank DESC, x.name, x.service_id LIMIT 8) best
              JOIN services s ON s.id = best.service_id
              JOIN organizations o ON o.id = s.organization_id
              ORDER BY best.rank DESC, best.name, best.service_id`,
        );
        return {
          suggestions: found.map((f) => ({
            id: f.id,
            name: f.name,
            organizationName: f.organization_name,
          })),
        };
      },
    );

    app.get(
      '/api/v1/services/:id',
      {
        config: { access: 'public' },
        schema: {
          tags: ['social map'],
          summary: 'One service with schedules, contacts and locations',
          params: z.object({ id: z.uuid({ error: 'A service id is a UUID.' }) }),
        },
      },
      async (request) => {
        const service = await readService(deps.publicData.db, request.params.id);
        if (service === undefined)
          throw new AppError('not_found', 'This service does not exist (any more). Search again.');
        const today = brusselsDay(deps.clock());
        const toPhone = (p: (typeof service.phones)[number]) => ({
          number: p.number,
          description: p.description,
          validFrom: p.validFrom,
          validTo: p.validTo,
        });
        return {
          id: service.id,
          name: service.name,
          alternateName: service.alternateName,
          description: service.description,
          url: service.url,
          email: service.email,
          status: service.status,
          applicationProcess: service.applicationProcess,
          eligibilityDescription: service.eligibilityDescription,
          feesDescription: service.feesDescription,
          freeOfCharge: service.freeOfCharge,
          waitTime: service.waitTime,
          capacity: capacitySchema.safeParse(service.capacity).data ?? null,
          ageMinMonths: service.ageMinMonths,
          ageMaxMonths: service.ageMaxMonths,
          duringPregnancy: service.duringPregnancy,
          servesFlanders: service.servesFlanders,
          servesBeyondProvince: service.servesBeyondProvince,
          areaProvinces: service.areaProvinces,
          areaMunicipalities: service.areaMunicipalities,
          termCodes: service.termCodes,
          legend: legendOf(service.termCodes),
          languages: service.languages,
          source: service.source,
          lastModified: service.lastModified.toISOString(),
          organization: {
            id: service.organization.id,
            name: service.organization.name,
            description: service.organization.description,
            email: service.organization.email,
            website: service.organization.website,
          },
          phones: phonesValidOn(
            service.phones.map(toPhone).map((p) => ({
              ...p,
              validFrom: p.validFrom ?? undefined,
              validTo: p.validTo ?? undefined,
            })),
            today,
          ),
          allPhones: service.phones.map(toPhone),
          organizationPhones: service.organizationPhones.map(toPhone),
          contacts: service.contacts.map((c) => ({ name: c.name, title: c.title, email: c.email })),
          schedules: service.schedules.map((s) => ({
            description: s.description,
            freq: s.freq,
            byday: s.byday,
            opensAt: s.opensAt,
            closesAt: s.closesAt,
            dates: s.dates,
            validFrom: s.validFrom,
            validTo: s.validTo,
            attendingType: s.attendingType,
          })),
          locations: service.locations.map((l) => ({
            id: l.id,
            name: l.name,
            description: l.description,
            street: l.street,
            postalCode: l.postalCode,
            city: l.city,
            municipality:
              l.municipalityNis === null
                ? null
                : { nis: l.municipalityNis, name: l.municipalityName },
          })),
        };
      },
    );

    app.get(
      '/api/v1/taxonomies',
      {
        config: { access: 'public' },
        schema: {
          tags: ['social map'],
          summary: 'Taxonomies and terms with Dutch and English labels',
        },
      },
      () => ({
        taxonomies,
      }),
    );

    app.get(
      '/api/v1/map',
      {
        config: { access: 'public' },
        schema: {
          tags: ['social map'],
          summary: "The maps' background: a tile server and its attribution, or none",
        },
      },
      () => ({ tiles: deps.mapTiles ?? null }),
    );
  };
