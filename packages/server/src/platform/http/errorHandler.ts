/**
 * One place maps every failure to an answer: validation issues become a 400 that names each
 * field and what to fix; unknown failures become a 500 without internals (logged server-side).
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { AppError, httpStatusOf } from '../errors.ts';

export type ErrorBody = {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
};

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | ZodError, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields
            ? { fields: error.fields }
            : error.field
              ? { fields: [{ field: error.field, message: error.message }] }
              : {}),
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
