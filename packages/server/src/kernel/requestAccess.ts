/**
 * Builds each request's AccessContext from the session cookie and, before the body is even
 * parsed, enforces the route's declared access, the CSRF token of a session's state-changing
 * request and the stated purpose of use. Every answer of a protected route leaves exactly one
 * audit row: the operation's own, or (for a refusal that came before any operation) one written
 * here. Protected answers are never cached. Routes only ever see `request.access`.
 */
import type {} from '@fastify/cookie';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { purposes, purposesFor, type Purpose } from '@omringd/core';
import type { Database } from '../platform/db/database.ts';
import type { Clock } from '../platform/clock.ts';
import { AppError } from '../platform/errors.ts';
import { findSession, SESSION_COOKIE, type SessionRow } from './sessions.ts';
import { sameSecret } from './tokens.ts';
import { AccessContext, type PrefetchedCase } from './accessContext.ts';
import { detailsOfError, outcomeOfError } from './auditOutcome.ts';
import { principalOf, type Principal } from './principal.ts';
import { describeAccess, type RouteAccess } from './routeAccess.ts';

declare module 'fastify' {
  interface FastifyRequest {
    access: AccessContext;
    /** The session of the cookie, complete or waiting for the second factor. */
    session: SessionRow | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/**
 * Routes registered by plugins carry no declaration: the API documentation and the built pages
 * (static files). Every route of our APIs (/api/v1, /hsds, /fhir) must declare its access.
 */
const PLUGIN_ROUTE = /^\/(api\/docs(\/|$)|(?!api\/|hsds|fhir).*)/;

function statedPurpose(request: FastifyRequest, principal: Principal | null): Purpose | null {
  const value = request.headers['x-omringd-purpose'];
  if (value === undefined) return null;
  const allowed = purposesFor(principal?.roles ?? []);
  if (typeof value !== 'string' || !(purposes as readonly string[]).includes(value))
    throw new AppError(
      'invalid_input',
      `X-Omringd-Purpose must be one of: ${[...allowed].join(', ') || '(none: sign in first)'}.`,
      'X-Omringd-Purpose',
    );
  if (!allowed.has(value as Purpose))
    throw new AppError(
      'forbidden',
      `Your role cannot state the purpose "${value}". Leave the header out, or use one of: ${[...allowed].join(', ') || '(none)'}.`,
      'X-Omringd-Purpose',
    );
  return value as Purpose;
}

function routeAccessOf(request: FastifyRequest): RouteAccess | undefined {
  return request.routeOptions.config.access;
}

/** A protected route: anything but public (and not a 404 for a route that does not exist). */
function isProtected(request: FastifyRequest): boolean {
  const access = routeAccessOf(request);
  return access !== undefined && access !== 'public';
}

function checkRouteAccess(request: FastifyRequest, access: RouteAccess): void {
  if (access !== 'public' && request.session !== null && UNSAFE.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, request.session.csrfToken))
      throw new AppError(
        'csrf',
        'This request lacks a valid X-CSRF-Token header. Reload the page and try again.',
      );
  }
  if (access === 'public') return;
  if (access === 'pending') {
    if (request.session === null) throw new AppError('unauthenticated', 'Sign in first.');
    return;
  }
  const principal = request.access.principal;
  if (principal === null) {
    if (request.session?.pendingStep != null)
      throw new AppError(
        'second_factor_required',
        'Finish signing in with your authentication code first.',
      );
    throw new AppError('unauthenticated', 'Sign in first.');
  }
  if (access !== 'signed_in' && !principal.rights.has(access.right))
    throw new AppError(
      'forbidden',
      'Your role does not allow this. Ask your administrator if you need it.',
    );
}

/** The route's ids (never a token) for the row of a refusal that came before any operation. */
function paramsOf(request: FastifyRequest): Record<string, string> {
  const params = (request.params ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(params).flatMap(([k, v]) =>
      typeof v === 'string' && !/token/i.test(k) ? [[k, v.slice(0, 200)]] : [],
    ),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The routes that read one case file by its id: reading is most of what professionals do. */
const CASE_READ = /^\/api\/v1\/(portal\/|supporter\/)?cases\/:id(\/|$)/;

/** The case a read is about, whose access facts come with the session (one statement less). */
function caseReadOf(request: FastifyRequest): string | undefined {
  if (request.method !== 'GET') return undefined;
  const id = (request.params as Record<string, unknown> | undefined)?.id;
  const route = request.routeOptions.url ?? '';
  return CASE_READ.test(route) && typeof id === 'string' && UUID.test(id) ? id : undefined;
}

async function auditUnanswered(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const error = (reply as FastifyReply & { omringdError?: unknown }).omringdError;
  const params = paramsOf(request);
  const route = request.routeOptions.url ?? request.url;
  const caseId =
    route.startsWith('/api/v1/cases/:id') && UUID.test(params.id ?? '') ? params.id : null;
  try {
    await request.access.record({
      action: request.method === 'GET' ? 'read' : 'update',
      subjectType: 'route',
      subjectId: `${request.method} ${route}`,
      caseId,
      purpose: 'care',
      outcome:
        error === undefined
          ? reply.statusCode >= 500
            ? 'failure'
            : 'denied'
          : outcomeOfError(error),
      details: {
        status: reply.statusCode,
        params,
        access: describeAccess(routeAccessOf(request) ?? 'public'),
        ...(error === undefined ? {} : detailsOfError(error)),
      },
    });
  } catch (failure) {
    // The answer still goes out; the failure to record it is logged for the operator.
    request.log.error({ err: failure }, 'could not write the audit row of a refused request');
  }
}

export type RegisteredRoute = { method: string; url: string; access: RouteAccess };

export const requestAccess = fp(
  async (
    app: FastifyInstance,
    opts: { database: Database; clock: Clock; routes: RegisteredRoute[] },
  ) => {
    app.decorateRequest('access', null as unknown as AccessContext);
    app.decorateRequest('session', null);

    app.addHook('onRoute', (route) => {
      const access = route.config?.access;
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      if (access === undefined) {
        if (PLUGIN_ROUTE.test(route.url)) return;
        throw new Error(
          `Route ${methods.join(',')} ${route.url} declares no access (config.access).`,
        );
      }
      for (const method of methods)
        if (method !== 'HEAD') opts.routes.push({ method, url: route.url, access });
    });

    app.addHook('onRequest', async (request) => {
      const now = opts.clock();
      let session: SessionRow | null = null;
      let principal: Principal | null = null;
      let gathered: PrefetchedCase | undefined;
      const token = request.cookies[SESSION_COOKIE];
      if (token !== undefined && token !== '') {
        const found = await findSession(opts.database, token, now, caseReadOf(request));
        if (found.state === 'valid') {
          session = found.session;
          if (session.pendingStep === null) {
            principal = principalOf(session.userId, found.account, session);
            gathered = found.gathered;
          }
        }
      }
      request.session = principal === null && session?.pendingStep === null ? null : session;
      request.access = new AccessContext(opts.database, principal, request.ip, null, opts.clock);
      const access = routeAccessOf(request);
      if (access === undefined) return;
      // Before the body is read: an unauthorised caller learns nothing from validation.
      checkRouteAccess(request, access);
      request.access = new AccessContext(
        opts.database,
        principal,
        request.ip,
        statedPurpose(request, principal),
        opts.clock,
      );
      if (gathered !== undefined) request.access.offerGathered(gathered);
    });

    app.addHook('onError', async (request, reply, error) => {
      (reply as FastifyReply & { omringdError?: unknown }).omringdError = error;
    });

    app.addHook('onSend', async (request, reply, payload) => {
      if (!isProtected(request)) return payload;
      void reply.header('Cache-Control', 'no-store');
      // A refusal before any operation (401, 403, 400, a 5xx): one row says so.
      // (No context at all: refused before it was made, e.g. by the rate limit.)
      const access = request.access as AccessContext | null;
      if (reply.statusCode >= 400 && access !== null && access.auditRows === 0)
        await auditUnanswered(request, reply);
      return payload;
    });
  },
  { name: 'omringd-request-access' },
);
