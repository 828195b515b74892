/**
 * The parts of a case file beyond the family: the network, the life domains, the assessment,
 * the 0–10 scores and the timeline. Reads are like the file; changes are the case team's.
 */
import {
  assessmentSaveSchema,
  caseAssessmentSchema,
  caseLifeDomainsSchema,
  caseNetworkSchema,
  caseScoresSchema,
  caseTimelineSchema,
  lifeDomainsSaveSchema,
  networkSaveSchema,
  scoreInputSchema,
  scoreViewSchema,
  timelineEntryInputSchema,
  timelineEntrySchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessmentPart, networkPart } from './parts.ts';
import { readPart } from './readPart.ts';
import { changePart } from './changePart.ts';
import { changeLifeDomains, readLifeDomains } from './lifeDomains.ts';
import { changeAssessment } from './assessment.ts';
import { readScores, recordScore } from './scores.ts';
import { readTimeline, recordTimelineEntry } from './timeline.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const tags = ['case file'];
const signedIn = { access: 'signed_in' } as const;
const stale = ' (409 with the current version if it changed meanwhile)';

export const casePartRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/cases/:id/network',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'The people around the family, and whether the family agrees to involve them',
        params: caseParams,
        response: { 200: caseNetworkSchema },
      },
    },
    (request) => readPart(request.access, request.params.id, networkPart),
  );
  app.put(
    '/api/v1/cases/:id/network',
    {
      config: signedIn,
      schema: {
        tags,
        summary: `Change the network${stale}`,
        params: caseParams,
        body: networkSaveSchema,
        response: { 200: caseNetworkSchema },
      },
    },
    (request) => changePart(request.access, request.params.id, networkPart, request.body),
  );

  app.get(
    '/api/v1/cases/:id/life-domains',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Per life domain: the situation, the family’s own priority, who is involved',
        params: caseParams,
        response: { 200: caseLifeDomainsSchema },
      },
    },
    (request) => readLifeDomains(request.access, request.params.id),
  );
  app.put(
    '/api/v1/cases/:id/life-domains',
    {
      config: signedIn,
      schema: {
        tags,
        summary: `Change the life domains${stale}`,
        params: caseParams,
        body: lifeDomainsSaveSchema,
        response: { 200: caseLifeDomainsSchema },
      },
    },
    (request) => changeLifeDomains(request.access, request.params.id, request.body),
  );

  app.get(
    '/api/v1/cases/:id/assessment',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'What we are worried about, what is working well, what needs to happen',
        params: caseParams,
        response: { 200: caseAssessmentSchema },
      },
    },
    (request) => readPart(request.access, request.params.id, assessmentPart),
  );
  app.put(
    '/api/v1/cases/:id/assessment',
    {
      config: signedIn,
      schema: {
        tags,
        summary: `Change the assessment; the family's own statements stay as they wrote them${stale}`,
        params: caseParams,
        body: assessmentSaveSchema,
        response: { 200: caseAssessmentSchema },
      },
    },
    (request) => changeAssessment(request.access, request.params.id, request.body),
  );

  app.get(
    '/api/v1/cases/:id/scores',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Every 0–10 score with who scored it, oldest first',
        params: caseParams,
        response: { 200: caseScoresSchema },
      },
    },
    (request) => readScores(request.access, request.params.id),
  );
  app.post(
    '/api/v1/cases/:id/scores',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Record a score: your own, or one a parent or network person gave',
        params: caseParams,
        body: scoreInputSchema,
        response: { 201: scoreViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordScore(request.access, request.params.id, request.body)),
  );

  app.get(
    '/api/v1/cases/:id/timeline',
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          'Everything that happened in the case, newest first (filter: ?kinds=note,home_visit)',
        params: caseParams,
        querystring: z.object({ kinds: z.string().max(500).optional() }),
        response: { 200: caseTimelineSchema },
      },
    },
    (request) => readTimeline(request.access, request.params.id, request.query),
  );
  app.post(
    '/api/v1/cases/:id/timeline',
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          'Record a contact, home visit, phone call or note, for the team or also the family',
        params: caseParams,
        body: timelineEntryInputSchema,
        response: { 201: timelineEntrySchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordTimelineEntry(request.access, request.params.id, request.body)),
  );
};
