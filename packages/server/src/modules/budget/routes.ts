/** The backpack budget of a case, its extension, and the funds with their finance report. */
import {
  budgetOptionsSchema,
  budgetReportRowSchema,
  budgetViewSchema,
  commitmentInputSchema,
  extensionDecisionSchema,
  extensionRequestSchema,
  fundInputSchema,
  fundViewSchema,
  grantBudgetInputSchema,
  paymentInputSchema,
  pendingExtensionSchema,
  reversalInputSchema,
  structuralSpendingSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { askExtension } from './askExtension.ts';
import { commit } from './commit.ts';
import { decideExtension, pendingExtensions } from './decideExtension.ts';
import { createFund, listFunds, spendStructural } from './funds.ts';
import { grantBudget } from './grantBudget.ts';
import { ledgerCsv, ledgerXlsx } from './ledgerExport.ts';
import { pay } from './pay.ts';
import { readBudget } from './readBudget.ts';
import { ledgerLines, reportOf } from './report.ts';
import { reverse } from './reverse.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const fundParams = z.object({ id: z.uuid({ error: 'A fund id is a UUID.' }) });
const period = z
  .object({
    from: z.iso.date({ error: 'A date is written as YYYY-MM-DD.' }),
    to: z.iso.date({ error: 'A date is written as YYYY-MM-DD.' }),
  })
  .refine((p) => p.to >= p.from, { error: 'The period ends on or after it starts.', path: ['to'] });
const tags = ['budget'];
const signedIn = { access: 'signed_in' } as const;

export const budgetRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/cases/:id/budget',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            "The case's backpack budget with its ledger, and the programmes that can give one",
          params: caseParams,
          response: { 200: budgetOptionsSchema },
        },
      },
      (request) => readBudget(request.access, request.params.id),
    );
    app.post(
      '/api/v1/cases/:id/budget',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Give the case a backpack budget (once), under one of its programmes',
          params: caseParams,
          body: grantBudgetInputSchema,
          response: { 201: budgetViewSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await grantBudget(request.access, request.params.id, request.body)),
    );
    app.post(
      '/api/v1/cases/:id/budget/commitments',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Commit money to a plan action with a provider; refused with the rule and the amounts when it would pass a limit',
          params: caseParams,
          body: commitmentInputSchema,
          response: { 201: budgetViewSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await commit(request.access, request.params.id, request.body)),
    );
    app.post(
      '/api/v1/cases/:id/budget/payments',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Record a payment on a commitment (never more than it commits)',
          params: caseParams,
          body: paymentInputSchema,
          response: { 201: budgetViewSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await pay(request.access, request.params.id, request.body)),
    );
    app.post(
      '/api/v1/cases/:id/budget/reversals',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Correct an entry by a reversal (the ledger keeps both)',
          params: caseParams,
          body: reversalInputSchema,
          response: { 201: budgetViewSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await reverse(request.access, request.params.id, request.body)),
    );
    app.post(
      '/api/v1/cases/:id/budget/extension',
      {
        config: signedIn,
        schema: {
          tags,
          summary: "Ask for the budget's one extension, with a reason",
          params: caseParams,
          body: extensionRequestSchema,
          response: { 201: budgetViewSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await askExtension(request.access, request.params.id, request.body)),
    );
    app.post(
      '/api/v1/cases/:id/budget/extension/decision',
      {
        config: signedIn,
        schema: {
          tags,
          summary: "Approve or refuse the extension (the programme's approving role)",
          params: caseParams,
          body: extensionDecisionSchema,
          response: {
            200: z.object({ status: z.enum(['approved', 'refused']), endsOn: z.string() }),
          },
        },
      },
      (request) => decideExtension(request.access, request.params.id, request.body),
    );
    app.get(
      '/api/v1/budget/extensions',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The extensions waiting for your decision: figures and reasons, no family',
          response: { 200: z.array(pendingExtensionSchema) },
        },
      },
      (request) => pendingExtensions(request.access),
    );
    app.get(
      '/api/v1/budget/funds',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The funds you keep, with what was committed and spent',
          response: { 200: z.array(fundViewSchema) },
        },
      },
      (request) => listFunds(request.access),
    );
    app.post(
      '/api/v1/budget/funds',
      {
        config: signedIn,
        schema: {
          tags,
          summary: "Enter a programme's fund for a region and year: backpack and structural halves",
          body: fundInputSchema,
          response: { 201: fundViewSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createFund(request.access, request.body)),
    );
    app.post(
      '/api/v1/budget/funds/:id/structural',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Spend on the structural offer, within the structural half of the fund',
          params: fundParams,
          body: structuralSpendingSchema,
          response: { 201: fundViewSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await spendStructural(request.access, request.params.id, request.body)),
    );
    app.get(
      '/api/v1/budget/report',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Committed and paid per programme, region, year, kind of money, category and provider in a period',
          querystring: period,
          response: { 200: z.array(budgetReportRowSchema) },
        },
      },
      async (request) => reportOf(await ledgerLines(request.access, request.query)),
    );
    app.get(
      '/api/v1/budget/ledger.csv',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The ledger of a period for finance, as CSV',
          querystring: period,
        },
      },
      async (request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="grootboek.csv"')
          .send(ledgerCsv(await ledgerLines(request.access, request.query))),
    );
    app.get(
      '/api/v1/budget/ledger.xlsx',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The ledger of a period for finance, as XLSX',
          querystring: period,
        },
      },
      async (request, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', 'attachment; filename="grootboek.xlsx"')
          .send(await ledgerXlsx(await ledgerLines(request.access, request.query))),
    );
  };
