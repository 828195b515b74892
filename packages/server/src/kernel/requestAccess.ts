/**
 * Builds each request's AccessContext from the session cookie, checks the CSRF token on every
 * state-changing request of a session, and enforces the route's declared access before the
 * handler runs. Routes only ever see `request.access`.
 */
import type {} from '@fastify/cookie';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { purposes, type Purpose } from '@omringd/core';
import type { Database } from '../platform/db/database.ts';
import type { Clock } from '../platform/clock.ts';
import { AppError } from '../platform/errors.ts';
import { findSession, SESSION_COOKIE, type SessionRow } from '../modules/auth/sessions.ts';
import { sameSecret } from '../modules/auth/tokens.ts';
import { AccessContext } from './accessContext.ts';
import { loadPrincipal } from './principal.ts';
import type { RouteAccess } from './routeAccess.ts';

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

function statedPurpose(request: FastifyRequest): Purpose | null {
  const value = request.headers['x-omringd-purpose'];
  if (typeof value !== 'string') return null;
  if (!(purposes as readonly string[]).includes(value))
    throw new AppError(
      'invalid_input',
      `X-Omringd-Purpose must be one of: ${purposes.join(', ')}.`,
      'X-Omringd-Purpose',
    );
  return value as Purpose;
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
      const token = request.cookies[SESSION_COOKIE];
      if (token !== undefined && token !== '') {
        const found = await findSession(opts.database.db, token, now);
        if (found.state === 'valid') session = found.session;
      }
      const principal =
        session !== null && session.pendingStep === null
          ? await loadPrincipal(opts.database.db, session.userId, session)
          : null;
      request.session = principal === null && session?.pendingStep === null ? null : session;
      request.access = new AccessContext(opts.database, principal, request.ip, null, opts.clock);
    });

    app.addHook('preHandler', async (request) => {
      const access = request.routeOptions.config.access ?? 'public';
      request.access = new AccessContext(
        opts.database,
        request.access.principal,
        request.ip,
        statedPurpose(request),
        opts.clock,
      );
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
    });
  },
  { name: 'omringd-request-access' },
);
