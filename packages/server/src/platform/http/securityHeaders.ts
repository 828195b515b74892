/**
 * The security headers of every answer (Content-Security-Policy, frame and referrer rules, HSTS
 * over https), from helmet. The middleware is built once: the Fastify adapter builds it again on
 * every request, parsing the whole policy each time, which was a measurable part of a case read.
 */
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

export function installSecurityHeaders(
  app: FastifyInstance,
  options: { mapTilesOrigin: string | null; https: boolean },
): void {
  const apply = helmet({
    // The API docs page sets styles inline; no page runs inline script or loads remote fonts.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Neither our pages nor the API documentation run inline script.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'"],
        // The map tiles come from the tile server the configuration names, and nowhere else.
        imgSrc: [
          "'self'",
          'data:',
          ...(options.mapTilesOrigin === null ? [] : [options.mapTilesOrigin]),
        ],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    // HSTS only means something over https; the public URL says whether we are.
    strictTransportSecurity: options.https,
  });
  app.addHook('onRequest', (request, reply, done) => {
    apply(request.raw, reply.raw, (error?: unknown) => {
      done(error instanceof Error ? error : undefined);
    });
  });
}
