/**
 * The demo's doors, registered only when the server runs as the demo (OMRINGD_DEMO, embedded):
 * who can be tried, and signing in as one of them without a password or second factor. Without
 * the demo these addresses do not exist (404).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { roles } from '@omringd/core';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { setSessionCookie } from '../auth/sessionCookie.ts';
import { signInAsDemoPerson } from './demoSignIn.ts';
import { demoPeople } from './staff.ts';

const tags = ['demo'];
const labels = z.object({ nl: z.string(), en: z.string() });

export const demoRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const secure = deps.publicUrl?.startsWith('https://') ?? false;
    app.get(
      '/api/v1/demo',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The demo: the invented people one can sign in as',
          response: {
            200: z.object({
              demo: z.literal(true),
              people: z.array(
                z.object({
                  id: z.uuid(),
                  key: z.string(),
                  name: z.string(),
                  role: z.enum(roles),
                  about: labels,
                }),
              ),
            }),
          },
        },
      },
      async (request) => ({
        demo: true as const,
        people: await demoPeople(request.access.identityData()),
      }),
    );
    app.post(
      '/api/v1/demo/sign-in',
      {
        config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Sign in as an invented person of the demo, without a second factor',
          body: z.object({ personId: z.uuid({ error: 'Choose a person of the demo.' }) }),
          response: { 200: z.object({ next: z.literal('done'), csrfToken: z.string() }) },
        },
      },
      async (request, reply) => {
        const signedIn = await signInAsDemoPerson(request.access, {
          personId: request.body.personId,
          userAgent: request.headers['user-agent'] ?? null,
        });
        setSessionCookie(reply, signedIn.token, secure);
        return { next: 'done' as const, csrfToken: signedIn.session.csrfToken };
      },
    );
  };
