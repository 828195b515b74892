/**
 * A FHIR R4 facade at /fhir/R4: the CapabilityStatement, for referrals ServiceRequest and Task
 * (read, search by status, owner, _lastUpdated) and the Task status update by the receiver, and
 * the case file's resources (caseFileResources.ts). It
 * goes through the same access layer and audit as the rest of the API; errors are
 * OperationOutcomes.
 */
import {
  outcomeReasons,
  referralStatuses,
  type OutcomeReason,
  type ReferralStatus,
} from '@omringd/core';
import type { FastifyError, FastifyPluginAsync } from 'fastify';
import { AppError, httpStatusOf } from '../../platform/errors.ts';
import { changeStatus, readReferral, searchReferrals } from '../../modules/referrals/index.ts';
import { answerOfDenial } from '../../kernel/denials.ts';
import type { FacadeDeps } from '../../app.ts';
import { clean, operationOutcome, searchBundle, toServiceRequest, toTask } from './mapReferral.ts';
import { caseFileResources } from './caseFileResources.ts';
import { carePlanResources } from './carePlanResources.ts';
import { caseFileCapabilities } from './caseFileCapabilities.ts';

const FHIR_JSON = 'application/fhir+json';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type SearchQuery = { status?: string; owner?: string; _lastUpdated?: string };

/** Each search parameter once: a repeated one (?status=a&status=b) is refused, not guessed at. */
function searchQuery(raw: unknown): SearchQuery {
  const query: SearchQuery = {};
  for (const [name, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    if (name !== 'status' && name !== 'owner' && name !== '_lastUpdated') continue;
    if (typeof value !== 'string')
      throw new AppError(
        'invalid_input',
        `Give ${name} once; several values go in one parameter, separated by commas.`,
        name,
      );
    query[name] = value;
  }
  return query;
}

function parseLastUpdated(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const match = /^(ge|gt)?(\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?)$/.exec(value);
  const date = match?.[2] === undefined ? Number.NaN : Date.parse(match[2]);
  if (Number.isNaN(date))
    throw new AppError(
      'invalid_input',
      '_lastUpdated must be a date, optionally with the prefix ge or gt, e.g. ge2026-11-01.',
      '_lastUpdated',
    );
  return new Date(date);
}

export const fhirRoutes =
  (deps: FacadeDeps): FastifyPluginAsync =>
  async (app) => {
    const base = `${deps.publicUrl ?? 'http://localhost:3000'}/fhir/R4`;
    app.addContentTypeParser(FHIR_JSON, { parseAs: 'string' }, (_request, body, done) => {
      try {
        done(null, JSON.parse(String(body)) as unknown);
      } catch {
        done(new AppError('invalid_input', 'The body is not valid JSON.'), undefined);
      }
    });
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header('content-type', `${FHIR_JSON}; charset=utf-8`);
      return payload;
    });
    app.setErrorHandler((raw: FastifyError | AppError, request, reply) => {
      const error = answerOfDenial(raw) ?? raw;
      if (error instanceof AppError) {
        const code =
          error.code === 'not_found'
            ? 'not-found'
            : error.code === 'unauthenticated' ||
                error.code === 'forbidden' ||
                error.code === 'csrf'
              ? 'security'
              : error.code === 'conflict'
                ? 'business-rule'
                : 'invalid';
        return reply.status(httpStatusOf(error.code)).send(operationOutcome(code, error.message));
      }
      const status =
        'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'FHIR request failed');
        return reply
          .status(500)
          .send(
            operationOutcome('exception', 'Something went wrong on our side. Try again later.'),
          );
      }
      return reply.status(status).send(operationOutcome('invalid', error.message));
    });

    app.get('/metadata', { config: { access: 'public' }, schema: { hide: true } }, () => ({
      resourceType: 'CapabilityStatement',
      status: 'active',
      date: '2026-11-22',
      publisher: 'Omringd',
      kind: 'instance',
      software: { name: 'Omringd' },
      implementation: { description: 'Omringd referrals (closed loop)', url: base },
      // R4 as the official R4 JSON Schema names it (4.0.1 is a technical correction of it).
      fhirVersion: '4.0.0',
      format: ['json'],
      rest: [
        {
          mode: 'server',
          security: {
            description:
              'A signed-in session (cookie) with its X-CSRF-Token for updates; what you see follows your relationship to the referral.',
          },
          resource: [
            {
              type: 'ServiceRequest',
              interaction: [{ code: 'read' }, { code: 'search-type' }],
              searchParam: [
                { name: 'status', type: 'token' },
                { name: '_lastUpdated', type: 'date' },
              ],
            },
            {
              type: 'Task',
              interaction: [{ code: 'read' }, { code: 'search-type' }, { code: 'update' }],
              searchParam: [
                { name: 'status', type: 'token' },
                { name: 'owner', type: 'reference' },
                { name: '_lastUpdated', type: 'date' },
              ],
            },
            ...caseFileCapabilities(base),
          ],
        },
      ],
    }));
    caseFileResources(app, base);
    carePlanResources(app, base);

    const idOf = (params: unknown) => {
      const id = (params as { id: string }).id;
      if (!UUID.test(id)) throw new AppError('not_found', `There is no resource with id ${id}.`);
      return id;
    };

    app.get(
      '/ServiceRequest/:id',
      { config: { access: 'signed_in' }, schema: { hide: true } },
      async (request) =>
        clean(
          toServiceRequest(
            await readReferral(request.access, idOf(request.params)),
            deps.publicUrl ?? '',
          ),
        ),
    );
    app.get(
      '/Task/:id',
      { config: { access: 'signed_in' }, schema: { hide: true } },
      async (request) => clean(toTask(await readReferral(request.access, idOf(request.params)))),
    );

    const search = async (query: SearchQuery, access: Parameters<typeof searchReferrals>[0]) => {
      const status = query.status
        ?.split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const owner = query.owner?.replace(/^Practitioner\//, '');
      return searchReferrals(access, {
        status,
        assignedUserId: owner,
        updatedSince: parseLastUpdated(query._lastUpdated),
      });
    };
    app.get(
      '/ServiceRequest',
      { config: { access: 'signed_in' }, schema: { hide: true } },
      async (request) => {
        const query = searchQuery(request.query);
        const found = await search({ ...query, status: undefined }, request.access);
        const wanted = query.status?.split(',');
        const resources = found
          .map((r) => clean(toServiceRequest(r, deps.publicUrl ?? '')))
          .filter((r) => wanted === undefined || wanted.includes(String(r.status)));
        return searchBundle(resources, `${base}${request.url.replace(/^\/fhir\/R4/, '')}`);
      },
    );
    app.get(
      '/Task',
      { config: { access: 'signed_in' }, schema: { hide: true } },
      async (request) => {
        const found = await search(searchQuery(request.query), request.access);
        return searchBundle(
          found.map((r) => clean(toTask(r))),
          `${base}${request.url.replace(/^\/fhir\/R4/, '')}`,
        );
      },
    );

    app.put(
      '/Task/:id',
      { config: { access: 'signed_in' }, schema: { hide: true } },
      async (request) => {
        const id = idOf(request.params);
        const body = request.body as {
          resourceType?: unknown;
          id?: unknown;
          status?: unknown;
          statusReason?: { coding?: { code?: unknown }[] };
          note?: { text?: unknown }[];
        } | null;
        if (body?.resourceType !== 'Task' || body.id !== id)
          throw new AppError('invalid_input', 'Send a Task with the same id as in the address.');
        const status = String(body.status);
        if (!(referralStatuses as readonly string[]).includes(status))
          throw new AppError(
            'invalid_input',
            `Task.status must be one of: ${referralStatuses.join(', ')}.`,
            'status',
          );
        const reasonCode = body.statusReason?.coding?.[0]?.code;
        const reason =
          typeof reasonCode === 'string' &&
          (outcomeReasons as readonly string[]).includes(reasonCode)
            ? (reasonCode as OutcomeReason)
            : null;
        if (reasonCode !== undefined && reason === null)
          throw new AppError(
            'invalid_input',
            `Task.statusReason must be one of: ${outcomeReasons.join(', ')}.`,
            'statusReason',
          );
        const feedback = typeof body.note?.[0]?.text === 'string' ? body.note[0].text : undefined;
        // PUT is idempotent: the status it already has is an answer, not a conflict.
        const updated = await changeStatus(request.access, id, {
          to: status as ReferralStatus,
          reason,
          feedback,
          unlessAlready: true,
        });
        return clean(toTask(updated));
      },
    );
  };
