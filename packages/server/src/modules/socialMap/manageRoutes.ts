/** The social map as managed by network coordinators (their region only). */
import {
  capacityInputSchema,
  capacitySchema,
  managedServiceRowSchema,
  managedServiceSchema,
  organizationChoiceSchema,
  serviceChangeSchema,
  serviceCreateSchema,
  serviceUpdateSchema,
} from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createManagedService,
  listManagedServices,
  listOrganizationsForManagers,
  readManagedService,
  serviceChangeLog,
  updateManagedService,
} from './directoryStore.ts';
import { setServiceCapacity } from './serviceCapacity.ts';

const access = { right: 'directory.manage' } as const;
const tags = ['social map management'];
const params = z.object({ id: z.uuid({ error: 'A service id is a UUID.' }) });

export const manageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/manage/services',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Services in my region',
        response: { 200: z.array(managedServiceRowSchema) },
      },
    },
    (request) => listManagedServices(request.access),
  );
  app.get(
    '/api/v1/manage/organizations',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Organisations, to choose who offers a new service',
        response: { 200: z.array(organizationChoiceSchema) },
      },
    },
    (request) => listOrganizationsForManagers(request.access),
  );
  app.post(
    '/api/v1/manage/services',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Add a service in my region',
        body: serviceCreateSchema,
        response: { 201: managedServiceSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createManagedService(request.access, request.body)),
  );
  app.get(
    '/api/v1/manage/services/:id',
    {
      config: { access },
      schema: {
        tags,
        summary: 'A service as the edit form shows it',
        params,
        response: { 200: managedServiceSchema },
      },
    },
    (request) => readManagedService(request.access, request.params.id),
  );
  app.put(
    '/api/v1/manage/services/:id',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Change a service; every changed field is recorded with who and when',
        params,
        body: serviceUpdateSchema,
        response: { 200: managedServiceSchema },
      },
    },
    (request) => updateManagedService(request.access, request.params.id, request.body),
  );
  app.put(
    '/api/v1/manage/services/:id/capacity',
    {
      config: { access },
      schema: {
        tags,
        summary: "Set a service's capacity (free places, of how many, of what), or clear it",
        params,
        body: capacityInputSchema,
        response: { 200: z.object({ capacity: capacitySchema.nullable() }) },
      },
    },
    async (request) => ({
      capacity: await setServiceCapacity(request.access, request.params.id, request.body),
    }),
  );
  app.get(
    '/api/v1/manage/services/:id/changes',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Who changed what, when',
        params,
        response: { 200: z.array(serviceChangeSchema) },
      },
    },
    (request) => serviceChangeLog(request.access, request.params.id),
  );
};
