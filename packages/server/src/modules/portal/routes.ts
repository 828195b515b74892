/**
 * The family portal: a coordinator invites a parent; the parent reads our families, our plan,
 * and writes goals of their own.
 */
import {
  familyGoalInputSchema,
  parentInvitationSchema,
  parentInvitedSchema,
  planVersionSchema,
  portalFamiliesSchema,
  portalPlanSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { addFamilyGoal } from '../carePlan/index.ts';
import { inviteParent } from './inviteParent.ts';
import { ourFamilies, ourPlan } from './readPortal.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const tags = ['family portal'];
const signedIn = { access: 'signed_in' } as const;

export const portalRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const publicUrl = deps.publicUrl ?? 'http://localhost:3000';
    app.post(
      '/api/v1/cases/:id/parents',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Invite a parent of the family to the family portal (an e-mail with a single-use link)',
          params: caseParams,
          body: parentInvitationSchema,
          response: { 201: parentInvitedSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inviteParent(request.access, request.params.id, request.body, publicUrl)),
    );
    app.get(
      '/api/v1/portal/families',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The families the signed-in parent belongs to, with their cases',
          response: { 200: portalFamiliesSchema },
        },
      },
      (request) => ourFamilies(request.access),
    );
    app.get(
      '/api/v1/portal/cases/:id/plan',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Our plan: what the plan holds for this parent, and our contact person',
          params: caseParams,
          response: { 200: portalPlanSchema },
        },
      },
      (request) => ourPlan(request.access, request.params.id),
    );
    app.post(
      '/api/v1/portal/cases/:id/goals',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Add a goal in the family’s own words (a new version of the plan)',
          params: caseParams,
          body: familyGoalInputSchema,
          response: { 201: planVersionSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addFamilyGoal(request.access, request.params.id, request.body)),
    );
  };
