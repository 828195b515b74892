/**
 * The care tables of a case: planned with their participants and invitations, changed with the
 * version seen, recorded as held or cancelled; each as an .ics file for a calendar.
 */
import {
  meetingContentSchema,
  meetingSaveSchema,
  meetingStatusInputSchema,
  meetingViewSchema,
  expertSchema,
  expertThemes,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { planMeeting } from './planMeeting.ts';
import { changeMeeting } from './changeMeeting.ts';
import { moveMeetingStatus } from './meetingStatus.ts';
import { meetingIcs, readMeetings } from './readMeetings.ts';
import { expertSuggestions } from './expertSuggestions.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const meetingParams = caseParams.extend({
  meetingId: z.uuid({ error: 'A care table id is a UUID.' }),
});
const tags = ['care table'];
const signedIn = { access: 'signed_in' } as const;

export const careTableRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const publicUrl = deps.publicUrl ?? 'http://localhost:3000';
    app.get(
      '/api/v1/cases/:id/care-tables',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The care tables of the case, in time order',
          params: caseParams,
          response: { 200: z.array(meetingViewSchema) },
        },
      },
      (request) => readMeetings(request.access, request.params.id),
    );
    app.get(
      '/api/v1/cases/:id/care-tables/experts',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            "Experts of the programme's pool for a care table: in the family's province, best match first",
          params: caseParams,
          response: {
            200: z.array(
              z.object({
                expert: expertSchema,
                matches: z.array(z.enum(expertThemes)),
                score: z.number().int(),
              }),
            ),
          },
        },
      },
      (request) => expertSuggestions(request.access, request.params.id),
    );
    app.post(
      '/api/v1/cases/:id/care-tables',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Plan a care table; everyone with an e-mail address gets an invitation (.ics)',
          params: caseParams,
          body: meetingContentSchema,
          response: { 201: meetingViewSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await planMeeting(request.access, request.params.id, request.body, publicUrl)),
    );
    app.put(
      '/api/v1/cases/:id/care-tables/:meetingId',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Change a care table: moment, place, participants and replies, attendance, notes, decisions, agreements (409 if changed meanwhile)',
          params: meetingParams,
          body: meetingSaveSchema,
          response: { 200: meetingViewSchema },
        },
      },
      (request) =>
        changeMeeting(
          request.access,
          request.params.id,
          request.params.meetingId,
          request.body,
          publicUrl,
        ),
    );
    app.post(
      '/api/v1/cases/:id/care-tables/:meetingId/status',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Record a care table as held (meets the 48-hour service level) or cancel it',
          params: meetingParams,
          body: meetingStatusInputSchema,
          response: { 200: meetingViewSchema },
        },
      },
      (request) =>
        moveMeetingStatus(
          request.access,
          request.params.id,
          request.params.meetingId,
          request.body,
          publicUrl,
        ),
    );
    app.get(
      '/api/v1/cases/:id/care-tables/:meetingId/calendar.ics',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The care table as an iCalendar file, to add to a calendar',
          params: meetingParams,
        },
      },
      async (request, reply) =>
        reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="zorgtafel.ics"')
          .send(
            await meetingIcs(
              request.access,
              request.params.id,
              request.params.meetingId,
              publicUrl,
            ),
          ),
    );
  };
