/**
 * Odd input never breaks the server: requests generated from our own OpenAPI document (every
 * operation, its path parameters, query and body shaped by its schema, then bent: NUL characters,
 * very long text, wrong types, repeated parameters, real ids of records that exist) plus the
 * hidden FHIR routes, sent as anonymous, a case coordinator, an administrator and a network
 * coordinator. Not one may answer with a 5xx.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, twoOrganizations, type Person } from '../support/people.ts';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
};
type Operation = {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

const odd = fc.oneof(
  fc.constant('nul\u0000in het midden'),
  fc.constant('x'.repeat(12_000)),
  fc.constant('\u202Eomgekeerd'),
  fc.constant("'; DROP TABLE cases; --"),
  fc.constant('../../etc/passwd'),
  fc.constant(''),
  fc.string({ maxLength: 40 }),
  fc.uuid(),
);

/** A value shaped by the schema, bent now and then. */
function valueOf(schema: Schema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const bent = fc.oneof(odd, fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]));
  if (schema === undefined || depth > 4) return fc.oneof(bent, fc.anything({ maxDepth: 2 }));
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices !== undefined)
    return fc.oneof(...choices.map((s) => valueOf(s, ids, depth + 1)), bent);
  if (schema.enum !== undefined)
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...schema.enum) },
      { weight: 1, arbitrary: bent },
    );
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const keys = Object.keys(props);
      const shaped = fc.record(
        Object.fromEntries(keys.map((k) => [k, valueOf(props[k], ids, depth + 1)])),
        { requiredKeys: schema.required?.filter((k) => keys.includes(k)) ?? [] },
      );
      return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: bent });
    }
    case 'array':
      return fc.oneof(
        fc.array(valueOf(schema.items, ids, depth + 1), { maxLength: 4 }),
        fc.array(odd, { maxLength: 200 }),
        bent,
      );
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer(), fc.double(), fc.constant(1e300), fc.constant(-1), bent);
    case 'boolean':
      return fc.oneof(fc.boolean(), bent);
    case 'string':
      return fc.oneof(
        {
          weight: 3,
          arbitrary:
            schema.format === 'uuid' ? fc.constantFrom(...ids) : fc.string({ maxLength: 30 }),
        },
        { weight: 2, arbitrary: odd },
        { weight: 1, arbitrary: bent },
      );
    default:
      return bent;
  }
}

type Request = { method: string; url: string; body?: unknown };

function requestsFor(
  path: string,
  method: string,
  op: Operation,
  ids: string[],
): fc.Arbitrary<Request> {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const segment = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: odd },
  );
  const query = fc.array(
    fc.tuple(
      queryParams.length > 0
        ? fc.constantFrom(...queryParams.map((p) => p.name))
        : fc.constant('q'),
      fc.oneof(odd, fc.string({ maxLength: 10 })),
    ),
    { maxLength: 5 },
  );
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  return fc
    .record({
      segments: fc.array(segment, { minLength: pathParams.length, maxLength: pathParams.length }),
      query,
      body: bodySchema === undefined ? fc.constant(undefined) : valueOf(bodySchema, ids),
    })
    .map(({ segments, query: q, body }) => {
      let i = 0;
      const filled = path.replace(/\{[^}]+\}/g, () => encodeURIComponent(segments[i++] ?? ''));
      const search = q
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
        .join('&');
      return {
        method: method.toUpperCase(),
        url: search === '' ? filled : `${filled}?${search}`,
        body,
      };
    });
}

describe.each(storageModes)('fuzzing every operation of the OpenAPI document on %s', (mode) => {
  let t: TestApp;
  const agents: (Agent | null)[] = [null];
  const people: Person[] = [];
  let ids: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(mode, undefined, { rateLimitPerMinute: false });
    const [orgA, orgB] = await twoOrganizations(t.database.db);
    for (const [role, org] of [
      ['case_coordinator', orgA],
      ['administrator', orgA],
      ['network_coordinator', orgB],
    ] as const)
      people.push(
        await createPerson(t.database.db, {
          role,
          organizationId: org,
          name: `Fuzz ${role}`,
          now: t.now.value,
          regionProvinces: ['VOV', 'VAN'],
        }),
      );
    for (const [i, person] of people.entries()) {
      const agent = new Agent(t.app, t.now, `10.80.0.${i}`);
      await agent.signIn(person);
      agents.push(agent);
    }
    const coordinator = agents[1] as Agent;
    const created = await coordinator.request<{ id: string }>('POST', '/api/v1/cases', {
      organizationId: orgA,
      familyLabel: 'Gezin Fuzz',
      title: 'Fuzz',
    });
    const referral = await coordinator.request<{ id: string }>('POST', '/api/v1/referrals', {
      programmeKey: '1-gezin-1-plan',
    });
    const service = (
      await t.app.inject({ method: 'GET', url: '/api/v1/services?q=opvoeding' })
    ).json<{ results: { id: string }[] }>().results[0]?.id;
    ids = [created.body.id, referral.body.id, orgA, orgB, service ?? orgA, people[0]?.id ?? orgA];
  }, 120_000);
  afterAll(() => closeTestApp(t));

  it('never answers with a 5xx', async () => {
    await t.app.ready();
    const doc = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    // The FHIR facade is hidden from our document; it gets the same treatment.
    for (const path of ['/fhir/R4/Task', '/fhir/R4/ServiceRequest', '/fhir/R4/Task/{id}'])
      operations.push({
        path,
        method: 'get',
        op: {
          parameters: [
            { in: 'query', name: 'status' },
            { in: 'query', name: 'owner' },
            { in: 'query', name: '_lastUpdated' },
            ...(path.endsWith('{id}') ? [{ in: 'path', name: 'id' }] : []),
          ],
        },
      });
    operations.push({
      path: '/fhir/R4/Task/{id}',
      method: 'put',
      op: {
        parameters: [{ in: 'path', name: 'id' }],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  resourceType: { enum: ['Task'] },
                  id: { type: 'string', format: 'uuid' },
                  status: { type: 'string' },
                  note: { type: 'array', items: { type: 'object', properties: { text: {} } } },
                },
              },
            },
          },
        },
      },
    });
    const failures: string[] = [];
    let sent = 0;
    for (const { path, method, op } of operations) {
      // Signing out or changing the password ends the agent's session: only anonymous tries them.
      const destructive = /logout|password|deactivate/.test(path);
      const samples = fc.sample(requestsFor(path, method, op, ids), { numRuns: 8, seed: 42 });
      for (const agent of destructive ? [null] : agents)
        for (const request of samples) {
          const response = await (agent ?? new Agent(t.app, t.now, '10.81.0.1'))
            .request<unknown>(request.method as 'GET', request.url, request.body)
            .catch((error: unknown) => ({ status: 599, body: String(error) }));
          sent++;
          if (response.status >= 500)
            failures.push(
              `${request.method} ${request.url.slice(0, 120)} → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
            );
        }
    }
    expect(sent).toBeGreaterThan(1500);
    expect(failures).toEqual([]);
  }, 300_000);
});
