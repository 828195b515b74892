/** The signed-in coordinator's task list. */
import { taskSchema } from '@omringd/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { listTasks } from './listTasks.ts';

export const taskRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/tasks',
      {
        config: { access: 'signed_in' },
        schema: {
          tags: ['tasks'],
          summary:
            'My tasks across the cases I coordinate: care tables and evaluations due, actions past their date, durations ending; most urgent first',
          response: { 200: z.array(taskSchema) },
        },
      },
      (request) => listTasks(request.access),
    );
  };
