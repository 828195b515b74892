/**
 * GET /metrics for the operator's Prometheus, only when OMRINGD_METRICS_TOKEN is set, and only
 * with that token (Authorization: Bearer …, compared in constant time). Every answer is timed
 * and counted by its route template (never by its address: ids stay out of the figures).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { httpDuration, httpRequests, registry } from '../metrics/metrics.ts';

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(`Bearer ${expected}`);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function metricsRoutes(app: FastifyInstance, token: string | undefined): void {
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });
  if (token === undefined) return;
  app.get(
    '/metrics',
    { config: { access: 'public', rateLimit: false }, schema: { hide: true } },
    async (request, reply) => {
      if (!sameToken(request.headers.authorization, token))
        return reply
          .status(401)
          .send({ error: { code: 'unauthenticated', message: 'The metrics need their token.' } });
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );
}
