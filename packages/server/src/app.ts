/**
 * The HTTP application: security-minded defaults, our API with OpenAPI 3.1 docs at /api/docs,
 * the HSDS 3.1 API at /hsds, and the built web pages. Dependencies (database, clock) are injected.
 */
import type { DestinationStream } from 'pino';
import type { MapTiles } from './platform/config.ts';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './platform/db/database.ts';
import type { Clock } from './platform/clock.ts';
import { installErrorHandler } from './platform/http/errorHandler.ts';
import { installSecurityHeaders } from './platform/http/securityHeaders.ts';
import { logAnswers } from './platform/http/requestLog.ts';
import { rejectNul } from './platform/http/rejectNul.ts';
import { healthRoutes } from './platform/http/health.ts';
import { metricsRoutes } from './platform/http/metricsRoute.ts';
import { servicesRoutes } from './modules/socialMap/routes.ts';
import { hsdsRoutes } from './facades/hsds/hsdsRoutes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { caseRoutes } from './modules/cases/index.ts';
import { caseFileRoutes, casePartRoutes } from './modules/caseFile/index.ts';
import { careTableRoutes } from './modules/careTable/index.ts';
import { carePlanRoutes, closingRoutes } from './modules/carePlan/index.ts';
import { taskRoutes } from './modules/tasks/index.ts';
import { budgetRoutes } from './modules/budget/index.ts';
import { waitingRoutes } from './modules/waiting/index.ts';
import { signalRoutes } from './modules/signals/index.ts';
import { adminRoutes } from './modules/accounts/routes.ts';
import { manageRoutes } from './modules/socialMap/manageRoutes.ts';
import { oidcRoutes } from './modules/auth/oidcRoutes.ts';
import { passkeyRoutes } from './modules/auth/passkeyRoutes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { programmeRoutes } from './modules/programmes/routes.ts';
import { referralRoutes } from './modules/referrals/index.ts';
import { portalRoutes } from './modules/portal/index.ts';
import { homeVisitRoutes } from './modules/homeVisits/index.ts';
import { supporterRoutes } from './modules/supporters/index.ts';
import { fhirRoutes } from './facades/fhir/fhirRoutes.ts';
import { demoRoutes } from './modules/demo/routes.ts';
import type { OidcClients } from './modules/auth/oidcLogin.ts';
import { publicDataOf, type PublicData } from './kernel/accessContext.ts';
import { answerOfDenial } from './kernel/denials.ts';
import { requestAccess, type RegisteredRoute } from './kernel/requestAccess.ts';
import './kernel/routeAccess.ts';

export type AppDeps = {
  database: Database;
  clock: Clock;
  /** JSON lines (pino) to stdout, or to a stream a test reads; off when absent. */
  logger?: boolean | { stream: DestinationStream };
  /** Where users reach us (links in e-mails; Secure cookies when https). */
  publicUrl?: string;
  /** With SMTP configured the development outbox page is closed. */
  smtpConfigured?: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Filled with every route and its declared access (the authorization matrix reads it). */
  routes?: RegisteredRoute[];
  /** The key that encrypts attachments at rest (OMRINGD_FILE_KEY, or kept beside embedded data). */
  fileKey?: Buffer;
  /** OpenID Connect providers (OMRINGD_OIDC_PROVIDERS). */
  oidc?: OidcClients;
  /** Requests per minute per address; off in tests that fire thousands of requests. */
  rateLimitPerMinute?: number | false;
  /** The maps' background tiles (OMRINGD_MAP_TILES); without, the maps show the places alone. */
  mapTiles?: MapTiles | null;
  /** The demo (OMRINGD_DEMO): its sign-in as invented people exists only then. */
  demo?: boolean;
  /** Whether this process's job queue runs (readiness); absent where it runs none. */
  jobsRunning?: () => boolean;
  /** With a token, GET /metrics answers Prometheus with it (OMRINGD_METRICS_TOKEN). */
  metricsToken?: string;
};

/**
 * What a capability's routes are given: never the database. Family data is reached through
 * `request.access` (the kernel's guards); public information through `publicData`.
 */
export type ModuleDeps = Omit<AppDeps, 'database' | 'routes'> & { publicData: PublicData };
export type FacadeDeps = ModuleDeps;

const webDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    // One line per answer instead (requestLog.ts): without the URL's query or the address.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1_000_000,
    // A path parameter (an id) longer than this answers 404 before any handler runs.
    routerOptions: { maxParamLength: 200 },
    trustProxy: deps.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, answerOfDenial);
  rejectNul(app);

  if (deps.logger !== undefined && deps.logger !== false) logAnswers(app);
  installSecurityHeaders(app, {
    mapTilesOrigin: deps.mapTiles ? new URL(deps.mapTiles.url).origin : null,
    https: deps.publicUrl?.startsWith('https://') === true,
  });
  if (deps.rateLimitPerMinute !== false) {
    await app.register(fastifyRateLimit, {
      max: deps.rateLimitPerMinute ?? 600,
      timeWindow: '1 minute',
      // Thrown as an error: the one error handler shapes the answer like every other.
      errorResponseBuilder: (_request, context) =>
        Object.assign(
          new Error(
            `Too many requests. Wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`,
          ),
          { statusCode: 429 },
        ),
    });
  }
  await app.register(fastifyCookie);
  // Before every route: each answer is counted and timed (hooks reach the routes declared after).
  metricsRoutes(app, deps.metricsToken);
  await app.register(requestAccess, {
    database: deps.database,
    clock: deps.clock,
    routes: deps.routes ?? [],
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

  const modules: ModuleDeps = {
    clock: deps.clock,
    publicUrl: deps.publicUrl,
    smtpConfigured: deps.smtpConfigured,
    trustProxy: deps.trustProxy,
    fileKey: deps.fileKey,
    oidc: deps.oidc,
    rateLimitPerMinute: deps.rateLimitPerMinute,
    publicData: publicDataOf(deps.database),
  };
  await app.register(servicesRoutes(modules));
  await app.register(hsdsRoutes(modules), { prefix: '/hsds' });
  await app.register(authRoutes(modules));
  await app.register(caseRoutes);
  await app.register(caseFileRoutes);
  await app.register(casePartRoutes);
  await app.register(careTableRoutes(modules));
  await app.register(carePlanRoutes(modules));
  await app.register(portalRoutes(modules));
  await app.register(homeVisitRoutes(modules));
  await app.register(supporterRoutes(modules));
  await app.register(closingRoutes(modules));
  await app.register(taskRoutes(modules));
  await app.register(budgetRoutes(modules));
  await app.register(waitingRoutes(modules));
  await app.register(signalRoutes(modules));
  await app.register(adminRoutes(modules));
  await app.register(manageRoutes);
  await app.register(oidcRoutes(modules));
  await app.register(passkeyRoutes(modules));
  await app.register(notificationRoutes);
  await app.register(programmeRoutes(modules));
  await app.register(referralRoutes(modules));
  await app.register(fhirRoutes(modules), { prefix: '/fhir/R4' });
  if (deps.demo === true) await app.register(demoRoutes(modules));
  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, () => ({
    ok: true,
    storage: deps.database.kind,
  }));
  healthRoutes(app, deps.database, deps.jobsRunning);

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
    // Client-side routes (/, /diensten/...) all load the single page.
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
      if (
        request.url.startsWith('/api/') ||
        request.url.startsWith('/hsds') ||
        request.url.startsWith('/fhir') ||
        request.url.startsWith('/health') ||
        request.url.startsWith('/metrics')
      ) {
        return reply
          .status(404)
          .send({ error: { code: 'not_found', message: `There is nothing at ${request.url}.` } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
