/** The case file's family: who they are, changed with the version seen, and a birth recorded. */
import {
  birthInputSchema,
  birthRecordedSchema,
  caseFamilySchema,
  familySaveSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readFamily } from './readFamily.ts';
import { changeFamily } from './changeFamily.ts';
import { recordBirth } from './recordBirth.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const tags = ['case file'];

export const caseFileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/cases/:id/family',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Who the family is: parents and carers, children, a child to be born',
        params: caseParams,
        response: { 200: caseFamilySchema },
      },
    },
    (request) => readFamily(request.access, request.params.id),
  );

  app.put(
    '/api/v1/cases/:id/family',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Change who the family is (409 with the current family if it changed meanwhile)',
        params: caseParams,
        body: familySaveSchema,
        response: { 200: caseFamilySchema },
      },
    },
    (request) => changeFamily(request.access, request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/family/birth',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Record a birth: the windows that count from it are counted anew',
        params: caseParams,
        body: birthInputSchema,
        response: { 200: birthRecordedSchema },
      },
    },
    (request) => recordBirth(request.access, request.params.id, request.body),
  );
};
