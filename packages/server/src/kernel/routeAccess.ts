/**
 * Every route declares who may call it (`config.access`); a route without a declaration stops
 * the server at start. The declarations are the route table the authorization matrix is built on.
 */
import type { Right } from '@omringd/core';

export type RouteAccess =
  /** Anyone, signed in or not (the social map, sign-in itself). */
  | 'public'
  /** A session that still waits for its second factor, or a complete one. */
  | 'pending'
  /** A complete session; what the user may see is decided further by relationship (cases). */
  | 'signed_in'
  /** A complete session with this right. */
  | { right: Right };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export function describeAccess(access: RouteAccess): string {
  return typeof access === 'string' ? access : `right:${access.right}`;
}
