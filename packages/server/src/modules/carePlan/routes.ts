/**
 * The care plan of a case: read (with when the next evaluation is due), saved as the next
 * version, moved to another route with a reason, a care-table decision taken up as a goal, and
 * evaluated; every earlier version readable by its number.
 */
import {
  casePlanSchema,
  planEvaluationInputSchema,
  planFromDecisionSchema,
  planSaveSchema,
  planSwitchSchema,
  planVersionSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { readPlan, readPlanVersion } from './readPlan.ts';
import { savePlan } from './savePlan.ts';
import { switchRoute } from './switchRoute.ts';
import { goalFromDecision } from './fromDecision.ts';
import { evaluatePlan } from './evaluatePlan.ts';
import { printFamilyPlan } from './printFamilyPlan.ts';
import { planLanguages } from './familyPlan/texts.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const versionParams = caseParams.extend({
  number: z.coerce
    .number({ error: 'A version is a whole number.' })
    .int({ error: 'A version is a whole number.' })
    .min(1, { error: 'Versions start at 1.' })
    .max(1_000_000, { error: 'There is no such version.' }),
});
const tags = ['care plan'];
const signedIn = { access: 'signed_in' } as const;

export const carePlanRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/cases/:id/plan',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The care plan: its newest version, all versions, and the next evaluation',
          params: caseParams,
          response: { 200: casePlanSchema },
        },
      },
      (request) => readPlan(request.access, request.params.id),
    );
    app.get(
      '/api/v1/cases/:id/plan/versions/:number',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'One version of the care plan, as it was saved',
          params: versionParams,
          response: { 200: planVersionSchema },
        },
      },
      (request) => readPlanVersion(request.access, request.params.id, request.params.number),
    );
    app.post(
      '/api/v1/cases/:id/plan/versions',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Save the plan as its next version (409 if someone saved meanwhile)',
          params: caseParams,
          body: planSaveSchema,
          response: { 201: planVersionSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await savePlan(request.access, request.params.id, request.body)),
    );
    app.post(
      '/api/v1/cases/:id/plan/switch',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Move the case to Plan A, B or C, with the reason (a version of its own)',
          params: caseParams,
          body: planSwitchSchema,
          response: { 201: planVersionSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await switchRoute(request.access, request.params.id, request.body)),
    );
    app.post(
      '/api/v1/cases/:id/plan/goals-from-decision',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Turn a decision of a care table into a goal of the plan, in one step',
          params: caseParams,
          body: planFromDecisionSchema,
          response: { 201: planVersionSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await goalFromDecision(request.access, request.params.id, request.body)),
    );
    app.post(
      '/api/v1/cases/:id/plan/evaluations',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Record an evaluation (progress per goal, scores, what changes) with the next version of the plan',
          params: caseParams,
          body: planEvaluationInputSchema,
          response: { 201: planVersionSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await evaluatePlan(request.access, request.params.id, request.body)),
    );
    app.get(
      '/api/v1/cases/:id/plan/family-plan.pdf',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            "The family plan as a PDF, in plain language and in the family's language (or the one asked)",
          params: caseParams,
          querystring: z.object({
            language: z
              .enum(planLanguages, { error: 'The family plan is printed in nl, en, fr or ar.' })
              .optional(),
          }),
        },
      },
      async (request, reply) =>
        reply
          .type('application/pdf')
          .header('content-disposition', 'attachment; filename="gezinsplan.pdf"')
          .send(await printFamilyPlan(request.access, request.params.id, request.query.language)),
    );
  };
