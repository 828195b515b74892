/** A case's waiting lists with their bridging help, and the network's waiting-time figures. */
import {
  bridgingInputSchema,
  waitingFigureViewSchema,
  waitInputSchema,
  waitMoveSchema,
  waitViewSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { waitingTimes } from './figures.ts';
import { addBridging, addWait, listWaits, moveWaitOn } from './waits.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const waitParams = caseParams.extend({ waitId: z.uuid({ error: 'A wait id is a UUID.' }) });
const tags = ['waiting lists'];
const signedIn = { access: 'signed_in' } as const;
const waits = z.array(waitViewSchema);

export const waitingRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/cases/:id/waits',
      {
        config: signedIn,
        schema: {
          tags,
          summary: "The case's waiting lists, each with its bridging help",
          params: caseParams,
          response: { 200: waits },
        },
      },
      (request) => listWaits(request.access, request.params.id),
    );
    app.post(
      '/api/v1/cases/:id/waits',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Put the family on the waiting list of a service of the social map',
          params: caseParams,
          body: waitInputSchema,
          response: { 201: waits },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addWait(request.access, request.params.id, request.body)),
    );
    app.post(
      '/api/v1/cases/:id/waits/:waitId/status',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Move a wait on: offered, started, back to waiting, or withdrawn',
          params: waitParams,
          body: waitMoveSchema,
          response: { 200: waits },
        },
      },
      (request) =>
        moveWaitOn(request.access, request.params.id, request.params.waitId, request.body),
    );
    app.post(
      '/api/v1/cases/:id/waits/:waitId/bridging',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Record bridging help given while the family waits',
          params: waitParams,
          body: bridgingInputSchema,
          response: { 201: waits },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await addBridging(
              request.access,
              request.params.id,
              request.params.waitId,
              request.body,
            ),
          ),
    );
    app.get(
      '/api/v1/waiting-times',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Per service and region: families waiting now, median and longest wait (fewer than 5: not shown)',
          response: { 200: z.array(waitingFigureViewSchema) },
        },
      },
      (request) => waitingTimes(request.access),
    );
  };
