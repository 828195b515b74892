/**
 * "Exactly one" under concurrent requests on PostgreSQL, raced 200 times each: two coordinators
 * accepting one referral (one acceptance, one case, one contact person), and a referral sent
 * twice at once (one send).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../../src/platform/db/schema.ts';
import { caseMembers, referralEvents } from '../../src/kernel/tables/caseSchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { skipPostgres } from '../support/storageModes.ts';
import { Agent, createPerson } from '../support/people.ts';
import { referralContent } from '../support/referralFixture.ts';

const ROUNDS = 200;
type Referral = { id: string; caseId: string | null };

describe.skipIf(skipPostgres)('exactly one, raced on PostgreSQL', () => {
  let t: TestApp;
  let nurse: Agent;
  let mira: Agent;
  let ilse: Agent;
  beforeAll(async () => {
    // Monday morning in Brussels.
    t = await createTestApp('postgres', new Date('2026-11-23T09:00:00Z'), {
      rateLimitPerMinute: false,
    });
    const org = async (key: string) => {
      const [o] = await t.database.db
        .select()
        .from(organizations)
        .where(eq(organizations.key, key));
      return o?.id ?? '';
    };
    const person = async (name: string, role: 'first_line' | 'case_coordinator', key: string) => {
      const p = await createPerson(t.database.db, {
        role,
        organizationId: await org(key),
        name,
        now: t.now.value,
      });
      const agent = new Agent(t.app, t.now);
      expect((await agent.signIn(p)).status).toBe(200);
      t.now.value = new Date(t.now.value.getTime() + 31_000);
      return agent;
    };
    nurse = await person('Rita Race', 'first_line', 'kind-en-gezin');
    mira = await person('Mara Race', 'case_coordinator', 'zorggarantie-limburg');
    ilse = await person('Ines Race', 'case_coordinator', 'zorggarantie-limburg');
  });
  afterAll(() => closeTestApp(t));

  const draft = async () =>
    (
      await nurse.request<Referral>('POST', '/api/v1/referrals', {
        programmeKey: 'zorggarantie-limburg',
        content: referralContent('young_child'),
      })
    ).body.id;

  it('accepts a referral once when two coordinators accept it at the same moment', async () => {
    const outcomes = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      const id = await draft();
      expect((await nurse.request('POST', `/api/v1/referrals/${id}/send`)).status).toBe(200);
      const answers = await Promise.all(
        [mira, ilse].map((agent) =>
          agent.request<Referral>('POST', `/api/v1/referrals/${id}/status`, { to: 'accepted' }),
        ),
      );
      const won = answers.filter((a) => a.status === 200);
      const caseId = won[0]?.body.caseId ?? '';
      const coordinators = await t.database.db
        .select()
        .from(caseMembers)
        .where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.caseRole, 'coordinator')));
      const key = `won ${String(won.length)}, refused ${String(answers.filter((a) => a.status === 409).length)}, contact persons ${String(coordinators.length)}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    expect([...outcomes]).toEqual([['won 1, refused 1, contact persons 1', ROUNDS]]);
  });

  it('sends a referral once when it is sent twice at the same moment', async () => {
    const outcomes = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      const id = await draft();
      const answers = await Promise.all([
        nurse.request('POST', `/api/v1/referrals/${id}/send`),
        nurse.request('POST', `/api/v1/referrals/${id}/send`),
      ]);
      const sends = await t.database.db
        .select()
        .from(referralEvents)
        .where(and(eq(referralEvents.referralId, id), eq(referralEvents.toStatus, 'requested')));
      const key = `ok ${String(answers.filter((a) => a.status === 200).length)}, refused ${String(answers.filter((a) => a.status === 409).length)}, sent ${String(sends.length)}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    expect([...outcomes]).toEqual([['ok 1, refused 1, sent 1', ROUNDS]]);
  });
});
