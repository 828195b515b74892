/**
 * One place maps every failure to an answer: validation issues become a 400 that names each
 * field and what to fix; unknown failures become a 500 without internals (logged server-side).
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { AppError, httpStatusOf } from '../errors.ts';

export type ErrorBody = {
  error: {
    code: string;
    /** The precise cause where known (its own message on the page). */
    reason?: string;
    message: string;
    fields?: { field: string; message: string; reason?: string }[];
    /** For a conflict: the record as it is now (the other version, to merge with). */
    current?: unknown;
  };
};

/**
 * A database refusal caused by the input (a reference to something that does not exist, a value
 * the database cannot store) is the caller's to fix, not a failure: a 400 or 409 that says so.
 */
function databaseRefusal(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    switch (code) {
      case '23503':
        return new AppError(
          'invalid_input',
          'This refers to something that does not exist (an organisation, a person or a record). Check the ids you sent.',
        );
      case '23505':
        return new AppError('conflict', 'This exists already. Reload the page to see it.').because(
          'exists',
        );
      case '22P02':
      case '22021':
      case '22P05':
      case '22001':
      case '22003':
      case '22007':
      case '22008':
        return new AppError(
          'invalid_input',
          'A value in the request cannot be stored (a character or a number that is not allowed). Check what you typed.',
        );
    }
    current = current.cause;
  }
  return undefined;
}

/** The database is not reachable (stopped, restarting, no connection free): try again soon. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);
const UNAVAILABLE_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Client has encountered a connection error',
  'connection is closed',
];

function databaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (UNAVAILABLE_MESSAGES.some((m) => (current as Error).message.includes(m))) return true;
    current = current.cause;
  }
  return false;
}

/** Seconds a client waits before trying again when the database is away. */
const RETRY_AFTER_SECONDS = 5;

export function installErrorHandler(
  app: FastifyInstance,
  /** Errors of a layer above (the kernel's denials) that answer as an AppError. */
  translate: (error: unknown) => AppError | undefined = () => undefined,
): void {
  app.setErrorHandler((raw: FastifyError | AppError | ZodError, request, reply) => {
    const error = translate(raw) ?? databaseRefusal(raw) ?? raw;
    if (error instanceof AppError) {
      const body: ErrorBody = {
        error: {
          code: error.code,
          ...(error.reason === undefined ? {} : { reason: error.reason }),
          message: error.message,
          ...(error.fields
            ? { fields: error.fields }
            : error.field
              ? { fields: [{ field: error.field, message: error.message }] }
              : {}),
          ...(error.current === undefined ? {} : { current: error.current }),
        },
      };
      return reply.status(httpStatusOf(error.code)).send(body);
    }
    if ('validation' in error && Array.isArray(error.validation)) {
      const fields = error.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
        message: v.message ?? 'invalid value',
      }));
      const body: ErrorBody = {
        error: {
          code: 'invalid_input',
          message: fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join(' '),
          fields,
        },
      };
      return reply.status(400).send(body);
    }
    if (error instanceof ZodError) {
      const fields = error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
      return reply.status(400).send({
        error: { code: 'invalid_input', message: fields.map((f) => f.message).join(' '), fields },
      });
    }
    if (databaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({
          error: {
            code: 'unavailable',
            message: `The database cannot be reached right now. Wait ${String(RETRY_AFTER_SECONDS)} seconds and try again.`,
          },
        });
    }
    const status =
      'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.status(500).send({
        error: {
          code: 'internal',
          message:
            'Something went wrong on our side. Try again; if it keeps failing, tell the administrator the time it happened.',
        },
      });
    }
    const code =
      status === 413
        ? 'too_large'
        : status === 404
          ? 'not_found'
          : status === 429
            ? 'too_many_attempts'
            : status === 415
              ? 'unsupported_media_type'
              : 'invalid_input';
    return reply.status(status).send({ error: { code, message: error.message } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'not_found',
        message: `There is nothing at ${request.method} ${request.url.split('?')[0] ?? ''}.`,
      },
    }),
  );
}
