/**
 * Supporters from the family's network: the family invites them from the portal; a supporter
 * reads the families they help, each with only their own part.
 */
import {
  portalSupportersSchema,
  supporterCasesSchema,
  supporterInvitationSchema,
  supporterInvitedSchema,
  supporterViewSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { inviteSupporter } from './inviteSupporter.ts';
import { ourSupporters } from './ourSupporters.ts';
import { stopSupporter } from './stopSupporter.ts';
import { supportedFamilies, supporterCase, supporterMeetingIcs } from './supporterView.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const tags = ['supporters'];
const signedIn = { access: 'signed_in' } as const;

export const supporterRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const publicUrl = deps.publicUrl ?? 'http://localhost:3000';
    app.get(
      '/api/v1/portal/cases/:id/supporters',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Whom we can ask to support us, and whom we asked already',
          params: caseParams,
          response: { 200: portalSupportersSchema },
        },
      },
      async (request) => ourSupporters(request.access, request.params.id),
    );
    app.post(
      '/api/v1/portal/cases/:id/supporters',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Invite someone of our network as a supporter (they see only the agreements they have a part in and their next meeting)',
          params: caseParams,
          body: supporterInvitationSchema,
          response: { 201: supporterInvitedSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inviteSupporter(request.access, request.params.id, request.body, publicUrl)),
    );
    app.delete(
      '/api/v1/portal/cases/:id/supporters/:networkPersonId',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Stop asking someone to support us: they no longer see our agreements',
          params: caseParams.extend({ networkPersonId: z.string().min(1).max(27) }),
          response: { 200: portalSupportersSchema },
        },
      },
      async (request) =>
        stopSupporter(request.access, request.params.id, request.params.networkPersonId),
    );
    app.get(
      '/api/v1/supporter/cases',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The families the signed-in supporter helps',
          response: { 200: supporterCasesSchema },
        },
      },
      async (request) => supportedFamilies(request.access),
    );
    app.get(
      '/api/v1/supporter/cases/:id',
      {
        config: signedIn,
        schema: {
          tags,
          summary: "A supporter's part in one family: their agreements and their next meeting",
          params: caseParams,
          response: { 200: supporterViewSchema },
        },
      },
      async (request) => supporterCase(request.access, request.params.id),
    );
    app.get(
      '/api/v1/supporter/cases/:id/next-meeting.ics',
      {
        config: signedIn,
        schema: {
          tags,
          summary: "The supporter's next care table as an iCalendar file, to add to a calendar",
          params: caseParams,
        },
      },
      async (request, reply) =>
        reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="zorgtafel.ics"')
          .send(await supporterMeetingIcs(request.access, request.params.id)),
    );
  };
