/**
 * What a request costs in statements, on PostgreSQL (counted by the pool's connections): a case
 * read is two — the session with the case's access facts, then the view with its audit row —
 * and the list of a user's cases is the same few statements for 3 cases as for 40.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../../src/platform/db/schema.ts';
import { databaseStatements } from '../../src/platform/metrics/metrics.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { skipPostgres } from '../support/storageModes.ts';
import { Agent, createPerson } from '../support/people.ts';

const statementsSent = async () => (await databaseStatements.get()).values[0]?.value ?? 0;

/** The statements one request sends (asked twice: the first prepares them on its connection). */
async function statementsOf(agent: Agent, url: string): Promise<number> {
  expect((await agent.request('GET', url)).status).toBe(200);
  const before = await statementsSent();
  expect((await agent.request('GET', url)).status).toBe(200);
  return (await statementsSent()) - before;
}

describe.skipIf(skipPostgres)('round trips on postgres', () => {
  let t: TestApp;
  let agent: Agent;
  let organizationId: string;
  const open = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const made = await agent.request<{ id: string }>('POST', '/api/v1/cases', {
        organizationId,
        familyLabel: `Gezin ${String(i)}`,
        title: 'Zorgen',
      });
      expect(made.status).toBe(201);
      ids.push(made.body.id);
    }
    return ids;
  };

  beforeAll(async () => {
    t = await createTestApp('postgres', new Date('2026-12-07T09:00:00Z'), {
      rateLimitPerMinute: false,
    });
    const [org] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'zorggarantie-limburg'));
    organizationId = org?.id ?? '';
    const coordinator = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId,
      name: 'Tine Telt',
      now: t.now.value,
    });
    agent = new Agent(t.app, t.now);
    expect((await agent.signIn(coordinator)).status).toBe(200);
  });
  afterAll(() => closeTestApp(t));

  it('reads a case file in two statements', async () => {
    const [caseId] = await open(1);
    expect(await statementsOf(agent, `/api/v1/cases/${caseId ?? ''}`)).toBe(2);
  });

  it('lists 3 cases and 40 cases in the same number of statements', async () => {
    await open(2);
    const few = await statementsOf(agent, '/api/v1/cases');
    await open(37);
    const many = await statementsOf(agent, '/api/v1/cases');
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });
});
