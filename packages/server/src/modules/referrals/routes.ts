/** Referrals: the referrer's draft and its sending, the intake inbox, decisions, status. */
import {
  attachmentSchema,
  externalReferrerSchema,
  externalRouteKinds,
  outcomeReasons,
  referralDraftSchema,
  referralStartSchema,
  referralStatuses,
  referralViewSchema,
  undeliverableSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import type { ModuleDeps } from '../../app.ts';
import { AppError } from '../../platform/errors.ts';
import { careTableMoments, recordCareTable } from './careTable.ts';
import {
  addAttachment,
  ATTACHMENT_MAX_BYTES,
  attachmentTypes,
  downloadAttachment,
  listAttachments,
} from './attachments.ts';
import { changeStatus } from './changeStatus.ts';
import { createReferral } from './createReferral.ts';
import { MESSAGE_MAX, postMessage } from './postMessage.ts';
import { referToProsecutor } from './prosecutor.ts';
import { intakeInbox, listMyReferrals, readReferral } from './readReferrals.ts';
import { saveDraft } from './saveDraft.ts';
import { sendReferral } from './sendReferral.ts';
import { startReferral } from './startReferral.ts';
import { sendExternally } from './sendExternally.ts';
import { undeliverableReferrals } from './undeliverable.ts';

const tags = ['referrals'];
const params = z.object({ id: z.uuid({ error: 'A referral id is a UUID.' }) });
const one = { 200: referralViewSchema };
const many = { 200: z.array(referralViewSchema) };

export const referralRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Without a configured key (tests), files live as long as this process.
    const fileKey = deps.fileKey ?? randomBytes(32);
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
            /** The referrer who phoned, by the e-mail address of their account. */
            onBehalfOfEmail: z
              .email({ error: 'Type the e-mail address of the referrer, e.g. naam@dienst.be.' })
              .optional(),
            /** A referrer without an account who phoned it in: they hear the status by e-mail. */
            externalReferrer: externalReferrerSchema.optional(),
            content: referralDraftSchema.default(referralDraftSchema.parse({})),
          }),
          response: { 201: referralViewSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createReferral(request.access, request.body)),
    );
    app.get(
      '/api/v1/referrals/new',
      {
        config: { access: { right: 'referral.create' } },
        schema: {
          tags,
          summary:
            'The empty form for a referral to a programme or one service: nothing is stored until the first change',
          querystring: z.object({
            programmeKey: z
              .string()
              .regex(/^[a-z0-9-]{2,60}$/)
              .optional(),
            serviceId: z.uuid().optional(),
          }),
          response: { 200: referralStartSchema },
        },
      },
      (request) => startReferral(request.access, request.query),
    );
    app.put(
      '/api/v1/referrals/:id/draft',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary: 'Save the draft as it is now',
          params,
          body: referralDraftSchema,
          response: one,
        },
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
          response: one,
        },
      },
      (request) => sendReferral(request.access, request.params.id),
    );
    app.post(
      '/api/v1/referrals/:id/external',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary:
            "When no one in Omringd can receive it: record the service's own route used; the referrer is reminded to follow it up",
          params,
          body: z.object({
            kind: z.enum(externalRouteKinds),
            value: z
              .string()
              .trim()
              .min(1, { error: 'Say which number, address or page you used.' })
              .max(300),
            note: z.string().trim().max(2000).default(''),
          }),
          response: one,
        },
      },
      (request) => sendExternally(request.access, request.params.id, request.body),
    );
    app.get(
      '/api/v1/referrals/undeliverable',
      {
        config: { access: { right: 'aggregate.read' } },
        schema: {
          tags,
          summary:
            'Where referrals reach no one in Omringd: sent by the service’s own route, or waiting without anyone on intake (no family data)',
          response: { 200: z.array(undeliverableSchema) },
        },
      },
      (request) => undeliverableReferrals(request.access),
    );
    app.get(
      '/api/v1/referrals/mine',
      {
        config: { access: 'signed_in' },
        schema: { tags, summary: 'My referrals with their status', response: many },
      },
      (request) => listMyReferrals(request.access),
    );
    app.get(
      '/api/v1/referrals/inbox',
      {
        config: { access: { right: 'referral.create' } },
        schema: {
          tags,
          summary: 'Incoming referrals of my organisations, with deadlines',
          response: many,
        },
      },
      (request) => intakeInbox(request.access),
    );
    app.get(
      '/api/v1/referrals/:id',
      {
        config: { access: 'signed_in' },
        schema: { tags, summary: 'One referral', params, response: one },
      },
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
          response: one,
        },
      },
      (request) => changeStatus(request.access, request.params.id, request.body),
    );
    app.post(
      '/api/v1/referrals/:id/messages',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary: 'A message to the other side of a sent referral, kept in its thread',
          params,
          body: z.object({
            text: z
              .string()
              .trim()
              .min(1, { error: 'Type a message first.' })
              .max(MESSAGE_MAX, {
                error: `A message has at most ${String(MESSAGE_MAX)} characters.`,
              }),
          }),
          response: { 201: referralViewSchema },
        },
      },
      async (request, reply) => {
        const answer = await postMessage(request.access, request.params.id, request.body.text);
        return reply.status(201).send(answer);
      },
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
          response: one,
        },
      },
      (request) => referToProsecutor(request.access, request.params.id, request.body.note),
    );

    app.post(
      '/api/v1/referrals/:id/care-table',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary:
            'Record that the parents agreed to a care table (its deadline starts) or that it was held',
          params,
          body: z.object({
            moment: z.enum(careTableMoments, {
              error: `moment is one of: ${careTableMoments.join(', ')}`,
            }),
          }),
          response: one,
        },
      },
      (request) => recordCareTable(request.access, request.params.id, request.body.moment),
    );

    await app.register(async (files) => {
      for (const type of Object.keys(attachmentTypes))
        files.addContentTypeParser(
          type,
          { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES },
          (_request, body, done) => {
            done(null, body);
          },
        );
      files.post(
        '/api/v1/referrals/:id/attachments',
        {
          config: { access: 'signed_in' },
          bodyLimit: ATTACHMENT_MAX_BYTES,
          schema: {
            tags,
            summary:
              'Attach a file (PDF, JPEG, PNG, Word, text; at most 10 MB); the file name goes in X-File-Name',
            params,
            response: { 201: attachmentSchema },
          },
        },
        async (request, reply) => {
          const { id } = params.parse(request.params);
          const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
          const rawName = request.headers['x-file-name'];
          let fileName = 'bijlage';
          try {
            if (typeof rawName === 'string') fileName = decodeURIComponent(rawName);
          } catch {
            throw new AppError(
              'invalid_input',
              'X-File-Name must be the file name, URL-encoded.',
              'X-File-Name',
            );
          }
          return reply
            .status(201)
            .send(
              await addAttachment(
                request.access,
                id,
                { fileName, contentType, bytes: request.body },
                fileKey,
              ),
            );
        },
      );
    });
    app.get(
      '/api/v1/referrals/:id/attachments',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary: 'The files attached to a referral',
          params,
          response: { 200: z.array(attachmentSchema) },
        },
      },
      (request) => listAttachments(request.access, request.params.id),
    );
    app.get(
      '/api/v1/referrals/:id/attachments/:attachmentId',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary: 'Download an attached file (audited)',
          params: params.extend({ attachmentId: z.uuid() }),
        },
      },
      async (request, reply) => {
        const file = await downloadAttachment(
          request.access,
          request.params.id,
          request.params.attachmentId,
          fileKey,
        );
        return reply
          .header('content-type', file.contentType)
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          )
          .header('cache-control', 'no-store')
          .send(file.bytes);
      },
    );
  };
