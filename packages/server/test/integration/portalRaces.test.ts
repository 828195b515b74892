/**
 * One account per member of the family, under concurrent requests on PostgreSQL: the coordinator
 * invites the same parent twice at the same moment, at two addresses (a double click, two tabs),
 * 200 times; each time exactly one account is linked, with exactly one link that works.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { familyDetailsSchema } from '@omringd/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../../src/platform/db/schema.ts';
import { invitations, users } from '../../src/platform/db/identitySchema.ts';
import {
  caseMembers,
  cases,
  families,
  familyDetails,
  familyParents,
} from '../../src/kernel/tables/caseSchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { skipPostgres } from '../support/storageModes.ts';
import { Agent, createPerson } from '../support/people.ts';

const ROUNDS = 200;

describe.skipIf(skipPostgres)('one account per member of the family, raced on PostgreSQL', () => {
  let t: TestApp;
  let coordinator: Agent;
  let coordinatorId = '';
  let orgId = '';
  beforeAll(async () => {
    t = await createTestApp('postgres', new Date('2026-11-23T09:00:00Z'), {
      rateLimitPerMinute: false,
    });
    const [org] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'zorggarantie-limburg'));
    orgId = org?.id ?? '';
    const mira = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: orgId,
      name: 'Mira Race',
      now: t.now.value,
    });
    coordinatorId = mira.id;
    coordinator = new Agent(t.app, t.now);
    expect((await coordinator.signIn(mira)).status).toBe(200);
  });
  afterAll(() => closeTestApp(t));

  /** A case of Mira's organisation with her as contact person and one parent in its details. */
  const newCase = async () => {
    const db = t.database.db;
    const familyId = randomUUID();
    const caseId = randomUUID();
    const now = t.now.value;
    await db.insert(families).values({ id: familyId, label: 'Gezin Race', createdAt: now });
    await db.insert(familyDetails).values({
      familyId,
      details: familyDetailsSchema.parse({
        members: [{ kind: 'adult', id: 'p1', name: 'Ouder Race', role: 'mother' }],
      }),
      version: 1,
      updatedAt: now,
    });
    await db.insert(cases).values({
      id: caseId,
      familyId,
      organizationId: orgId,
      title: 'Race',
      concern: 'Race',
      restricted: {},
      status: 'open',
      createdAt: now,
      updatedAt: now,
    });
    await db.insert(caseMembers).values({
      caseId,
      userId: coordinatorId,
      organizationId: orgId,
      caseRole: 'coordinator',
      addedAt: now,
    });
    return { caseId, familyId };
  };

  it('invites a parent once when the invitation is sent twice at the same moment', async () => {
    const outcomes = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId, familyId } = await newCase();
      const answers = await Promise.all(
        ['a', 'b'].map((tab) =>
          coordinator.request('POST', `/api/v1/cases/${caseId}/parents`, {
            memberId: 'p1',
            email: `ouder.${String(round)}.${tab}@example.be`,
          }),
        ),
      );
      const linked = await t.database.db
        .select()
        .from(familyParents)
        .where(and(eq(familyParents.familyId, familyId), eq(familyParents.memberId, 'p1')));
      const live = await t.database.db
        .select({ id: invitations.id })
        .from(invitations)
        .where(
          and(
            eq(invitations.userId, linked[0]?.userId ?? randomUUID()),
            isNull(invitations.revokedAt),
            isNull(invitations.acceptedAt),
          ),
        );
      // At the same instant one is refused; a moment apart, the later one re-addresses the
      // account (it was not accepted yet). Either way: one account, one link that works.
      const created = answers.filter((a) => a.status === 201).length;
      const key = `${created === 2 ? 'readdressed' : 'invited once'}, accounts ${String(linked.length)}, live links ${String(live.length)}`;
      expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
      expect(created).toBeGreaterThanOrEqual(1);
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    for (const key of outcomes.keys()) expect(key).toMatch(/, accounts 1, live links 1$/);
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(ROUNDS);
  });
  it('keeps one account per mobile number when two families invite the same number at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [first, second] = [await newCase(), await newCase()];
      const mobile = `+3247${String(1_000_000 + round).slice(1)}`;
      const answers = await Promise.all(
        [first, second].map(({ caseId }) =>
          coordinator.request('POST', `/api/v1/cases/${caseId}/parents`, {
            memberId: 'p1',
            mobile,
          }),
        ),
      );
      expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
      expect(answers.some((a) => a.status === 201)).toBe(true);
      const holders = await t.database.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.mobile, mobile));
      expect(holders).toHaveLength(1);
    }
  });
});
