/**
 * The operator's log: JSON lines on stdout, one per answer (method, route pattern, status, time),
 * never a query string, a body or an address: a URL's query can hold what a professional typed
 * about a family, and who did what is the audit trail's, not the log's.
 */
import type { FastifyInstance } from 'fastify';
import pino, { type DestinationStream } from 'pino';

/**
 * Where the process logs: stdout, written asynchronously, so a busy server writes many lines in
 * one system call instead of two calls per request; what is still buffered is written at exit.
 */
export function processLogStream(): { stream: DestinationStream } {
  const destination = pino.destination({ dest: 1, sync: false });
  process.on('exit', () => {
    destination.flushSync();
  });
  return { stream: destination };
}

export function logAnswers(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'answered',
    );
    done();
  });
}
