/**
 * Home visits: the coordinator's free moments, the family's pick and rhythm in the portal, the
 * team's decision in the case, and each visit as an .ics file for a calendar.
 */
import {
  caseVisitsSchema,
  familyVisitsSchema,
  visitDecisionSchema,
  visitRequestSchema,
  visitRhythmInputSchema,
  visitSlotsInputSchema,
  visitSlotsSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { chooseRhythm, ourVisits, requestVisit } from './familyVisits.ts';
import { mySlots, offerSlots, removeSlot } from './slots.ts';
import { caseVisits, decideVisit, visitIcs } from './teamVisits.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const visitParams = caseParams.extend({
  visitId: z.uuid({ error: 'A home visit id is a UUID.' }),
});
const slotParams = z.object({ slotId: z.uuid({ error: 'A moment id is a UUID.' }) });
const tags = ['home visits'];
const signedIn = { access: 'signed_in' } as const;

export const homeVisitRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const publicUrl = deps.publicUrl ?? 'http://localhost:3000';
    app.get(
      '/api/v1/visit-slots',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'My free moments for home visits, from now on, with those a family took',
          response: { 200: visitSlotsSchema },
        },
      },
      async (request) => mySlots(request.access),
    );
    app.post(
      '/api/v1/visit-slots',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Offer free moments for home visits to the families I coordinate',
          body: visitSlotsInputSchema,
          response: { 201: visitSlotsSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await offerSlots(request.access, request.body)),
    );
    app.delete(
      '/api/v1/visit-slots/:slotId',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Remove a free moment no family holds',
          params: slotParams,
          response: { 200: visitSlotsSchema },
        },
      },
      async (request) => removeSlot(request.access, request.params.slotId),
    );
    app.get(
      '/api/v1/portal/cases/:id/home-visits',
      {
        config: signedIn,
        schema: {
          tags,
          summary: "Our home visits, our rhythm and our contact person's free moments",
          params: caseParams,
          response: { 200: familyVisitsSchema },
        },
      },
      async (request) => ourVisits(request.access, request.params.id),
    );
    app.post(
      '/api/v1/portal/cases/:id/home-visits',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Ask for a home visit: a free moment, or a moment we propose, and what we want to talk about',
          params: caseParams,
          body: visitRequestSchema,
          response: { 201: familyVisitsSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await requestVisit(request.access, request.params.id, request.body)),
    );
    app.put(
      '/api/v1/portal/cases/:id/visit-rhythm',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Choose how often home visits happen, within what the programme allows',
          params: caseParams,
          body: visitRhythmInputSchema,
          response: { 200: familyVisitsSchema },
        },
      },
      async (request) => chooseRhythm(request.access, request.params.id, request.body.everyWeeks),
    );
    app.get(
      '/api/v1/cases/:id/home-visits',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The home visits the family asked for, and the rhythm it chose',
          params: caseParams,
          response: { 200: caseVisitsSchema },
        },
      },
      async (request) => caseVisits(request.access, request.params.id),
    );
    app.put(
      '/api/v1/cases/:id/home-visits/:visitId',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Confirm or decline a visit the family asked for, or cancel a confirmed one',
          params: visitParams,
          body: visitDecisionSchema,
          response: { 200: caseVisitsSchema },
        },
      },
      async (request) =>
        decideVisit(
          request.access,
          request.params.id,
          request.params.visitId,
          request.body,
          publicUrl,
        ),
    );
    app.get(
      '/api/v1/cases/:id/home-visits/:visitId/calendar.ics',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The home visit as an iCalendar file, to add to a calendar',
          params: visitParams,
        },
      },
      async (request, reply) =>
        reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="huisbezoek.ics"')
          .send(
            await visitIcs(request.access, request.params.id, request.params.visitId, publicUrl),
          ),
    );
  };
