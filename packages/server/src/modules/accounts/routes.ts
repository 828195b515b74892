/** Administration: organisations, teams, users, invitations, role changes, the development outbox. */
import {
  administrableRoles,
  grantAnswerSchema,
  organizationChoiceSchema,
  outboxMailSchema,
  provinceCodes,
  roleGrantViewSchema,
  teamViewSchema,
  userSummarySchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { AppError } from '../../platform/errors.ts';
import {
  createTeam,
  deactivateUser,
  listOrganizations,
  listTeams,
  listUsers,
  readOutbox,
} from './administration.ts';
import { changeRole, decideRoleGrant, invite, listRoleGrants } from './roleGrants.ts';

const tags = ['administration'];
const access = { right: 'admin.accounts' } as const;

export const adminRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const publicUrl = deps.publicUrl ?? 'http://localhost:3000';
    app.get(
      '/api/v1/admin/organizations',
      {
        config: { access },
        schema: {
          tags,
          summary: 'The organisations I administer',
          response: { 200: z.array(organizationChoiceSchema) },
        },
      },
      (request) => listOrganizations(request.access),
    );
    app.get(
      '/api/v1/admin/teams',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Teams of my organisations',
          response: { 200: z.array(teamViewSchema) },
        },
      },
      (request) => listTeams(request.access),
    );
    app.post(
      '/api/v1/admin/teams',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Create a team',
          body: z.object({
            organizationId: z.uuid(),
            name: z.string().trim().min(1, { error: 'Give the team a name.' }).max(200),
          }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createTeam(request.access, request.body)),
    );
    app.get(
      '/api/v1/admin/users',
      {
        config: { access },
        schema: {
          tags,
          summary: 'The people of my organisations and their memberships there',
          response: { 200: z.array(userSummarySchema) },
        },
      },
      (request) => listUsers(request.access),
    );
    app.post(
      '/api/v1/admin/invitations',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Invite a person: an e-mail with a single-use link that expires after 7 days',
          body: z.object({
            email: z
              .email({ error: 'Enter a valid e-mail address, e.g. naam@organisatie.be.' })
              .max(254),
            displayName: z
              .string()
              .trim()
              .min(2, { error: 'Enter the name of the person.' })
              .max(200),
            organizationId: z.uuid({ error: 'Choose an organisation.' }),
            teamId: z.uuid().nullable().optional(),
            role: z.enum(administrableRoles, {
              error: `Choose a role: ${administrableRoles.join(', ')}.`,
            }),
            locale: z.enum(['nl', 'en']).default('nl'),
            regionProvinces: z.array(z.enum(provinceCodes)).max(11).optional(),
          }),
          response: { 201: grantAnswerSchema, 202: grantAnswerSchema },
        },
      },
      async (request, reply) => {
        const answer = await invite(request.access, request.body, publicUrl);
        return reply.status(answer.status === 'awaiting_approval' ? 202 : 201).send(answer);
      },
    );
    app.patch(
      '/api/v1/admin/memberships/:id',
      {
        config: { access },
        schema: {
          tags,
          summary: "Change a membership's role (the user's sessions end)",
          params: z.object({ id: z.uuid() }),
          body: z.object({
            role: z.enum(administrableRoles),
            regionProvinces: z.array(z.enum(provinceCodes)).max(11).optional(),
          }),
          response: { 200: grantAnswerSchema, 202: grantAnswerSchema },
        },
      },
      async (request, reply) => {
        const answer = await changeRole(
          request.access,
          request.params.id,
          request.body.role,
          request.body.regionProvinces,
        );
        return reply.status(answer.status === 'awaiting_approval' ? 202 : 200).send(answer);
      },
    );
    app.get(
      '/api/v1/admin/role-grants',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Role grants of my organisation waiting for a second administrator',
          response: { 200: z.array(roleGrantViewSchema) },
        },
      },
      (request) => listRoleGrants(request.access),
    );
    for (const decision of ['approve', 'reject'] as const)
      app.post(
        `/api/v1/admin/role-grants/:id/${decision}`,
        {
          config: { access },
          schema: {
            tags,
            summary:
              decision === 'approve'
                ? 'Approve a role grant (another administrator than the one who asked)'
                : 'Reject a role grant',
            params: z.object({ id: z.uuid() }),
            response: { 200: grantAnswerSchema },
          },
        },
        (request) =>
          decideRoleGrant(
            request.access,
            request.params.id,
            decision === 'approve' ? 'approved' : 'rejected',
            publicUrl,
          ),
      );
    app.post(
      '/api/v1/admin/users/:id/deactivate',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Deactivate an account (its sessions end)',
          params: z.object({ id: z.uuid() }),
        },
      },
      (request) => deactivateUser(request.access, request.params.id),
    );
    app.get(
      '/api/v1/admin/outbox',
      {
        config: { access },
        schema: {
          tags,
          summary: 'E-mails waiting or sent (only while no SMTP server is configured)',
          response: { 200: z.array(outboxMailSchema) },
        },
      },
      (request) => {
        if (deps.smtpConfigured === true)
          throw new AppError(
            'not_found',
            'E-mail goes out through SMTP; the outbox is only shown in development.',
          );
        return readOutbox(request.access);
      },
    );
  };
