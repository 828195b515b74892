/**
 * Case files. Every handler calls one use case, which goes through the case guard (the
 * relationship decides, the kernel audits); a case the user may not see is a 404.
 */
import {
  auditLineSchema,
  breakGlassGrantSchema,
  caseloadSchema,
  caseSummarySchema,
  caseViewSchema,
  referralStatusSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { breakGlass } from './breakGlass.ts';
import { readCaseAudit } from './caseAudit.ts';
import { caseloadFigures } from './caseload.ts';
import { createCase } from './createCase.ts';
import { listMyCases } from './listMyCases.ts';
import { exportCase, readCase } from './readCase.ts';
import { readReferralStatus } from './referralStatus.ts';
import { shareCase } from './shareCase.ts';
import { addCaseMember, handOverCase } from './team.ts';
import { updateCase } from './updateCase.ts';

const caseParams = z.object({ id: z.uuid({ error: 'A case id is a UUID.' }) });
const restricted = z
  .object({ addiction: z.string().max(4000), violence: z.string().max(4000) })
  .partial();
const tags = ['cases'];
const caseFile = { 200: caseViewSchema };

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/cases',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'The cases I am in the team of',
        response: { 200: z.array(caseSummarySchema) },
      },
    },
    (request) => listMyCases(request.access),
  );

  app.post(
    '/api/v1/cases',
    {
      config: { access: { right: 'case.coordinate' } },
      schema: {
        tags,
        summary: 'Open a case (case coordinator); you become its coordinator',
        body: z.object({
          organizationId: z.uuid(),
          familyLabel: z
            .string()
            .trim()
            .min(1, { error: 'Give the family a name for the file.' })
            .max(200),
          postalCode: z
            .string()
            .regex(/^\d{4}$/, { error: 'A Belgian postal code has four digits.' })
            .optional(),
          title: z.string().trim().min(1, { error: 'Give the case a title.' }).max(200),
          concern: z.string().max(10_000).default(''),
          restricted: restricted.default({}),
        }),
        response: { 201: caseViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createCase(request.access, {
          ...request.body,
          postalCode: request.body.postalCode ?? null,
        }),
      ),
  );

  app.get(
    '/api/v1/cases/:id',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'A case file', params: caseParams, response: caseFile },
    },
    (request) => readCase(request.access, request.params.id),
  );

  app.patch(
    '/api/v1/cases/:id',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Change a case file',
        params: caseParams,
        body: z.object({
          title: z.string().trim().min(1).max(200).optional(),
          concern: z.string().max(10_000).optional(),
          status: z.enum(['open', 'closed']).optional(),
          restricted: restricted.optional(),
        }),
        response: caseFile,
      },
    },
    (request) => updateCase(request.access, request.params.id, request.body),
  );

  app.get(
    '/api/v1/cases/:id/export',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Export a case file (audited as an export)',
        params: caseParams,
        response: caseFile,
      },
    },
    async (request, reply) => {
      const view = await exportCase(request.access, request.params.id);
      return reply
        .header('Content-Disposition', `attachment; filename="dossier-${view.id}.json"`)
        .send(view);
    },
  );

  app.get(
    '/api/v1/cases/:id/print',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'The file for printing (audited as a print)',
        params: caseParams,
        response: caseFile,
      },
    },
    (request) => exportCase(request.access, request.params.id, 'print'),
  );

  app.get(
    '/api/v1/cases/:id/referral',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Status, feedback and contact person of the referral (what a referrer sees)',
        params: caseParams,
        response: { 200: referralStatusSchema },
      },
    },
    (request) => readReferralStatus(request.access, request.params.id),
  );

  app.get(
    '/api/v1/cases/:id/audit',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Who looked at this file (case coordinator)',
        params: caseParams,
        response: { 200: z.array(auditLineSchema) },
      },
    },
    (request) => readCaseAudit(request.access, request.params.id),
  );

  app.post(
    '/api/v1/cases/:id/members',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary:
          'Add a professional to the case team (case coordinator); a member of another organisation needs a valid share first',
        params: caseParams,
        body: z.object({
          userId: z.uuid({ error: 'Choose the professional to add.' }),
          /** One of the person's own organisations (needed only when they have several). */
          organizationId: z.uuid().optional(),
        }),
        response: caseFile,
      },
    },
    (request) => addCaseMember(request.access, request.params.id, request.body),
  );

  app.put(
    '/api/v1/cases/:id/shares/:organizationId',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary:
          "Share with another organisation: legal basis and the family's agreement (art. 74)",
        params: caseParams.extend({ organizationId: z.uuid() }),
        body: z.object({
          legalBasis: z
            .string()
            .trim()
            .min(3, { error: 'Name the legal basis, e.g. "art. 74 decreet integrale jeugdhulp".' })
            .max(500),
          agreement: z.enum(['given', 'withdrawn', 'refused']),
        }),
        response: caseFile,
      },
    },
    (request) =>
      shareCase(request.access, request.params.id, {
        organizationId: request.params.organizationId,
        ...request.body,
      }),
  );

  app.post(
    '/api/v1/cases/:id/break-glass',
    {
      config: { access: { right: 'case.break_glass' } },
      schema: {
        tags,
        summary: 'Open a case outside your relationships, for a stated reason and a limited time',
        params: caseParams,
        body: z.object({
          reason: z
            .string()
            .trim()
            .min(10, { error: 'Say why you need this file now (at least 10 characters).' })
            .max(1000),
        }),
        response: { 200: breakGlassGrantSchema },
      },
    },
    (request) => breakGlass(request.access, request.params.id, request.body.reason),
  );

  app.post(
    '/api/v1/cases/:id/handover',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary:
          'Hand the case over to another case coordinator of the organisation (explicit, audited)',
        params: caseParams,
        body: z.object({
          toUserId: z.uuid({ error: 'Choose the case coordinator who takes over.' }),
        }),
        response: caseFile,
      },
    },
    (request) => handOverCase(request.access, request.params.id, request.body.toUserId),
  );

  app.get(
    '/api/v1/reports/caseload',
    {
      config: { access: { right: 'aggregate.read' } },
      schema: {
        tags: ['reports'],
        summary: 'Figures without family data',
        response: { 200: caseloadSchema },
      },
    },
    (request) => caseloadFigures(request.access),
  );
};
