/** Closing a case: recorded once, read back, and its letter to the family as a PDF. */
import { closingInputSchema, closingViewSchema } from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { closeCase } from './closeCase.ts';
import { printClosingLetter, readClosing } from './readClosing.ts';
import { planLanguages } from './familyPlan/texts.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const tags = ['care plan'];
const signedIn = { access: 'signed_in' } as const;

export const closingRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/cases/:id/closing',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Close the case: outcome per goal, reason, hand-over to regular help; sets how long the file is kept',
          params: caseParams,
          body: closingInputSchema,
          response: { 201: closingViewSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await closeCase(request.access, request.params.id, request.body)),
    );
    app.get(
      '/api/v1/cases/:id/closing',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'How the case was closed (404 while it is open)',
          params: caseParams,
          response: { 200: closingViewSchema },
        },
      },
      (request) => readClosing(request.access, request.params.id),
    );
    app.get(
      '/api/v1/cases/:id/closing-letter.pdf',
      {
        config: signedIn,
        schema: {
          tags,
          summary: "The closing letter to the family as a PDF, in the family's language",
          params: caseParams,
          querystring: z.object({
            language: z
              .enum(planLanguages, { error: 'The letter is printed in nl, en, fr or ar.' })
              .optional(),
          }),
        },
      },
      async (request, reply) =>
        reply
          .type('application/pdf')
          .header('content-disposition', 'attachment; filename="afsluitbrief.pdf"')
          .send(
            await printClosingLetter(request.access, request.params.id, request.query.language),
          ),
    );
  };
