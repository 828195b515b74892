/**
 * The HTTP application: security-minded defaults, our API with OpenAPI 3.1 docs at /api/docs,
 * the HSDS 3.1 API at /hsds, and the built web pages. Dependencies (database, clock) are injected.
 */
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './db/database.ts';
import type { Clock } from './clock.ts';
import { installErrorHandler } from './api/errorHandler.ts';
import { servicesRoutes } from './api/servicesRoutes.ts';
import { hsdsRoutes } from './hsds/hsdsRoutes.ts';

export type AppDeps = { database: Database; clock: Clock; logger?: boolean };

const webDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 1_000_000,
    // A path parameter (an id) longer than this answers 404 before any handler runs.
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    return payload;
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Omringd API',
        version: '1',
        description: 'The social map of Omringd. The HSDS 3.1 API is mounted at /hsds.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(servicesRoutes(deps));
  await app.register(hsdsRoutes(deps), { prefix: '/hsds' });
  app.get('/healthz', { schema: { hide: true } }, () => ({
    ok: true,
    storage: deps.database.kind,
  }));

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
    // Client-side routes (/, /diensten/...) all load the single page.
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/') || request.url.startsWith('/hsds')) {
        return reply
          .status(404)
          .send({ error: { code: 'not_found', message: `There is nothing at ${request.url}.` } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
