/** My notices: what happened that I should know (break-the-glass on my case, …). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationSchema } from '@omringd/core';
import { listMyNotifications, markNotificationRead } from './listNotifications.ts';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/notifications',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'My notices, newest first',
        response: { 200: z.array(notificationSchema) },
      },
    },
    (request) => listMyNotifications(request.access),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'Mark a notice as read', params: z.object({ id: z.uuid() }) },
    },
    (request) => markNotificationRead(request.access, request.params.id),
  );
};
