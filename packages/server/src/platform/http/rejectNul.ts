/**
 * A NUL character (U+0000) cannot be stored by PostgreSQL in text or JSON. Rather than let the
 * database fail on it (a 500), every request whose body, query or path holds one is refused here
 * with the field it is in and what to do.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

/** The path of the first string with a NUL in it, or null. */
export function nulAt(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulAt(item, [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key];
      const found = nulAt(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

export function rejectNul(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const path = nulAt(part);
      if (path !== null)
        throw new AppError(
          'invalid_input',
          'This text holds an invisible character that cannot be stored (NUL). Remove it, or type the text again instead of pasting it.',
          path.join('.') || undefined,
        );
    }
  });
}
