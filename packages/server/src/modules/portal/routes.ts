/**
 * The family portal: a coordinator invites a parent; the parent reads our families, our plan,
 * and writes goals of their own.
 */
import {
  agendaWishSchema,
  agreementAnswerSchema,
  agreementChangeSchema,
  familyMessageInputSchema,
  familyMessagesSchema,
  familyScoreInputSchema,
  familyGoalInputSchema,
  parentInvitationSchema,
  parentInvitedSchema,
  planVersionSchema,
  portalFamiliesSchema,
  portalAccountsSchema,
  portalLooksSchema,
  portalPlanSchema,
  portalSharingSchema,
  scoreViewSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { addFamilyGoal } from '../carePlan/index.ts';
import { inviteParent } from './inviteParent.ts';
import { portalAccounts } from './portalAccounts.ts';
import { ourFamilies, ourPlan } from './readPortal.ts';
import { changeAgreement, ourSharing } from './sharing.ts';
import { whoLooked } from './looks.ts';
import { ourData } from './ourData.ts';
import { ourDataPage } from './ourDataPage.ts';
import { giveOurScore } from './ourScore.ts';
import { readMessages, writeMessage } from './messages.ts';
import { addToAgenda, answerAgreement } from './agreements.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const meetingParams = caseParams.extend({
  meetingId: z.uuid({ error: 'A care table id is a UUID.' }),
});
const agreementParams = caseParams.extend({
  meetingId: z.uuid({ error: 'A care table id is a UUID.' }),
  agreementId: z.string().min(1).max(40),
});
const shareParams = caseParams.extend({
  organizationId: z.uuid({ error: 'An organisation id is a UUID.' }),
});
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
            'Invite a parent of the family to the family portal (an e-mail or a text message with a single-use link)',
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
      '/api/v1/cases/:id/parents',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            "Who of the family has access to the family portal, with a child's decision on record",
          params: caseParams,
          response: { 200: portalAccountsSchema },
        },
      },
      async (request) => portalAccounts(request.access, request.params.id),
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
    app.get(
      '/api/v1/portal/cases/:id/sharing',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Who may see our file: the organisation that holds it and those it is shared with',
          params: caseParams,
          response: { 200: portalSharingSchema },
        },
      },
      (request) => ourSharing(request.access, request.params.id),
    );
    app.put(
      '/api/v1/portal/cases/:id/sharing/:organizationId',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Give or withdraw our agreement to share our file with this organisation',
          params: shareParams,
          body: agreementChangeSchema,
          response: { 200: portalSharingSchema },
        },
      },
      (request) =>
        changeAgreement(
          request.access,
          request.params.id,
          request.params.organizationId,
          request.body.agreement,
        ),
    );
    app.get(
      '/api/v1/portal/cases/:id/looks',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Who looked at our file: person, role, organisation, what and when',
          params: caseParams,
          response: { 200: portalLooksSchema },
        },
      },
      (request) => whoLooked(request.access, request.params.id),
    );
    app.get(
      '/api/v1/portal/cases/:id/our-data.json',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Our data: everything the file holds about us that we may read (GDPR art. 15, 20)',
          params: caseParams,
        },
      },
      async (request, reply) =>
        reply
          .type('application/json; charset=utf-8')
          .header('content-disposition', 'attachment; filename="onze-gegevens.json"')
          .send(JSON.stringify(await ourData(request.access, request.params.id), null, 2)),
    );
    app.get(
      '/api/v1/portal/cases/:id/our-data.html',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Our data as a page to read and print, in plain words (GDPR art. 15)',
          params: caseParams,
        },
      },
      async (request, reply) =>
        reply
          .type('text/html; charset=utf-8')
          .send(ourDataPage(await ourData(request.access, request.params.id))),
    );
    app.post(
      '/api/v1/portal/cases/:id/scores',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Our own 0–10 score, kept as ours next to everyone else’s',
          params: caseParams,
          body: familyScoreInputSchema,
          response: { 201: scoreViewSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await giveOurScore(request.access, request.params.id, request.body)),
    );
    app.get(
      '/api/v1/portal/cases/:id/messages',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Our messages with our contact person',
          params: caseParams,
          response: { 200: familyMessagesSchema },
        },
      },
      (request) => readMessages(request.access, request.params.id, 'family'),
    );
    app.post(
      '/api/v1/portal/cases/:id/messages',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Write a message (the family); the other side is told',
          params: caseParams,
          body: familyMessageInputSchema,
          response: { 201: familyMessagesSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await writeMessage(request.access, request.params.id, request.body.text, 'family')),
    );
    app.get(
      '/api/v1/cases/:id/family-messages',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The messages between the family (family portal) and the case team',
          params: caseParams,
          response: { 200: familyMessagesSchema },
        },
      },
      (request) => readMessages(request.access, request.params.id, 'team'),
    );
    app.post(
      '/api/v1/cases/:id/family-messages',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Write a message (the case team); the other side is told',
          params: caseParams,
          body: familyMessageInputSchema,
          response: { 201: familyMessagesSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await writeMessage(request.access, request.params.id, request.body.text, 'team')),
    );
    app.put(
      '/api/v1/portal/cases/:id/care-tables/:meetingId/agreements/:agreementId',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Our answer to an agreement of a care table: agreed or not, with a comment',
          params: agreementParams,
          body: agreementAnswerSchema,
          response: { 200: portalPlanSchema.shape.agreements },
        },
      },
      (request) =>
        answerAgreement(
          request.access,
          request.params.id,
          { meetingId: request.params.meetingId, agreementId: request.params.agreementId },
          request.body,
        ),
    );
    app.post(
      '/api/v1/portal/cases/:id/care-tables/:meetingId/agenda',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'What we want to talk about at the coming care table (on its agenda, as ours)',
          params: meetingParams,
          body: agendaWishSchema,
          response: { 201: z.object({ agenda: z.array(z.string()) }) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await addToAgenda(
              request.access,
              request.params.id,
              request.params.meetingId,
              request.body.text,
            ),
          ),
    );
  };
