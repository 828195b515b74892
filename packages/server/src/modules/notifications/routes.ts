/** My notices: what happened that I should know (break-the-glass on my case, …). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMyNotifications, markNotificationRead } from './notificationStore.ts';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/notifications',
    { config: { access: 'signed_in' }, schema: { tags, summary: 'My notices, newest first' } },
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
