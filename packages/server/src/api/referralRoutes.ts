/** Referrals: the referrer's draft and its sending, the intake inbox, decisions, status. */
import { outcomeReasons, referralDraftSchema, referralStatuses } from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changeStatus,
  createReferral,
  intakeInbox,
  listMyReferrals,
  readReferral,
  referToProsecutor,
  saveDraft,
  sendReferral,
} from '../access/referralStore.ts';

const tags = ['referrals'];
const params = z.object({ id: z.uuid({ error: 'A referral id is a UUID.' }) });

export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/referrals',
    {
      config: { access: { right: 'referral.create' } },
      schema: {
        tags,
        summary: 'Start a referral (a draft, saved as you type) to a programme or to one service',
        body: z.object({
          programmeKey: z
            .string()
            .regex(/^[a-z0-9-]{2,60}$/)
            .optional(),
          serviceId: z.uuid().optional(),
          onBehalfOfUserId: z.uuid().optional(),
          content: referralDraftSchema.default(referralDraftSchema.parse({})),
        }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createReferral(request.access, request.body)),
  );
  app.put(
    '/api/v1/referrals/:id/draft',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'Save the draft as it is now', params, body: referralDraftSchema },
    },
    (request) => saveDraft(request.access, request.params.id, request.body),
  );
  app.post(
    '/api/v1/referrals/:id/send',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Send the referral: checks, eligibility, routing to the coordinator on duty',
        params,
      },
    },
    (request) => sendReferral(request.access, request.params.id),
  );
  app.get(
    '/api/v1/referrals/mine',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'My referrals with their status' },
    },
    (request) => listMyReferrals(request.access),
  );
  app.get(
    '/api/v1/referrals/inbox',
    {
      config: { access: { right: 'referral.create' } },
      schema: { tags, summary: 'Incoming referrals of my organisations, with deadlines' },
    },
    (request) => intakeInbox(request.access),
  );
  app.get(
    '/api/v1/referrals/:id',
    { config: { access: 'signed_in' }, schema: { tags, summary: 'One referral', params } },
    (request) => readReferral(request.access, request.params.id),
  );
  app.post(
    '/api/v1/referrals/:id/status',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary:
          'A step in the lifecycle (accept, reject, start, hold, complete, fail; the referrer withdraws)',
        params,
        body: z.object({
          to: z.enum(referralStatuses),
          reason: z.enum(outcomeReasons).nullable().default(null),
          feedback: z.string().max(5000).optional(),
        }),
      },
    },
    (request) => changeStatus(request.access, request.params.id, request.body),
  );
  app.post(
    '/api/v1/referrals/:id/prosecutor',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary:
          'Record a referral to the public prosecutor (Parket), where the programme allows it',
        params,
        body: z.object({ note: z.string().max(2000).default('') }),
      },
    },
    (request) => referToProsecutor(request.access, request.params.id, request.body.note),
  );
};
