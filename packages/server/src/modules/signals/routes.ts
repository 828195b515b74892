/** Signals recorded from a case, and the signal report for the network and policy. */
import {
  quarterSchema,
  signalInputSchema,
  signalReportSchema,
  signalViewSchema,
} from '@omringd/core';
import { stringify } from 'csv-stringify/sync';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { listSignals, recordSignal } from './caseSignals.ts';
import { reportCsvRows, signalReport } from './report.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const quarter = z.object({ quarter: quarterSchema });
const tags = ['signals'];
const signedIn = { access: 'signed_in' } as const;

export const signalRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/cases/:id/signals',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The signals recorded from this case (for its team)',
          params: caseParams,
          response: { 200: z.array(signalViewSchema) },
        },
      },
      (request) => listSignals(request.access, request.params.id),
    );
    app.post(
      '/api/v1/cases/:id/signals',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Record a structural problem seen in this case, for the network and policy',
          params: caseParams,
          body: signalInputSchema,
          response: { 201: z.array(signalViewSchema) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordSignal(request.access, request.params.id, request.body)),
    );
    app.get(
      '/api/v1/signals/report',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Signals of a quarter by category and region, small counts and what would reveal them hidden, with waiting times',
          querystring: quarter,
          response: { 200: signalReportSchema },
        },
      },
      (request) => signalReport(request.access, request.query.quarter),
    );
    app.get(
      '/api/v1/signals/report.csv',
      {
        config: signedIn,
        schema: { tags, summary: 'The signal report of a quarter as CSV', querystring: quarter },
      },
      async (request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="signalen-${request.query.quarter}.csv"`,
          )
          .send(
            stringify(reportCsvRows(await signalReport(request.access, request.query.quarter)), {
              escape_formulas: true,
              bom: true,
            }),
          ),
    );
  };
