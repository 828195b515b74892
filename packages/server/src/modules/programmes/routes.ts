/**
 * Programmes: who they are for, what to check before referring, their deadlines. Public, like the
 * social map; the eligibility check evaluates the facts it is sent and stores nothing.
 */
import {
  childAgeQuery,
  childSchema,
  eligibilityAnswerSchema,
  evaluateEligibility,
  programmeSchema,
} from '@omringd/core';
import { editProgramme } from './programmeEditing.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { brusselsDay } from '../../platform/clock.ts';
import { currentProgramme, listCurrentProgrammes } from './programmeStore.ts';
import { municipalityOfPostalCode } from './place.ts';

const tags = ['programmes'];
const params = z.object({ key: z.string().regex(/^[a-z0-9-]{2,60}$/) });

export const programmeRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.publicData.db;
    app.get(
      '/api/v1/programmes',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'The programmes and their current definitions' },
      },
      () => listCurrentProgrammes(db),
    );
    app.get(
      '/api/v1/programmes/:key',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'One programme, current version', params },
      },
      (request) => currentProgramme(db, request.params.key),
    );
    app.put(
      '/api/v1/programmes/:key',
      {
        config: { access: { right: 'directory.manage' } },
        schema: {
          tags,
          summary: 'Save a new version of a programme (network coordinator of its region)',
          params,
          body: programmeSchema,
        },
      },
      (request) => editProgramme(request.access, request.params.key, request.body),
    );
    app.post(
      '/api/v1/programmes/:key/eligibility',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'Is a family in the target group? Each rule with a plain explanation (nothing is stored)',
          params,
          body: z.object({
            child: childSchema.nullable().default(null),
            postalCode: z
              .string()
              .regex(/^\d{4}$/, { error: 'A Belgian postal code has four digits.' })
              .nullable()
              .default(null),
            situations: z.array(z.string().max(60)).max(30).default([]),
            conditions: z.array(z.string().max(60)).max(30).default([]),
          }),
          response: { 200: eligibilityAnswerSchema },
        },
      },
      async (request) => {
        const programme = await currentProgramme(db, request.params.key);
        const nis =
          request.body.postalCode === null
            ? null
            : await municipalityOfPostalCode(db, request.body.postalCode);
        const today = brusselsDay(deps.clock());
        return {
          ...evaluateEligibility(
            programme,
            {
              child: request.body.child,
              municipalityNis: nis,
              situations: request.body.situations,
              conditions: request.body.conditions,
            },
            today,
          ),
          // What the form needs to suggest regular help on the social map for this child.
          searchAge: childAgeQuery(request.body.child, today),
        };
      },
    );
  };
