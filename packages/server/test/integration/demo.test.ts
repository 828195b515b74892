/**
 * The demo a newcomer walks through: invented staff in the seed organisations, families in several
 * states made through the API, and signing in as them without a second factor — only in the demo,
 * only for the demo's own accounts, never with DATABASE_URL or on a directory with real accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasePlan, PortalPlan, SupporterView, Task } from '@omringd/core';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../src/kernel/audit/auditSchema.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { users } from '../../src/platform/db/identitySchema.ts';
import { organizations } from '../../src/platform/db/schema.ts';
import { demoPeople, refuseRealAccounts, seedDemoStaff } from '../../src/modules/demo/staff.ts';
import { seedDemoFamilies } from '../../src/modules/demo/families.ts';
import { linkDemoParents } from '../../src/modules/demo/parents.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson } from '../support/people.ts';

type Person = { id: string; key: string; name: string };
type ReferralSummary = {
  id: string;
  status: string;
  routedTo: string | null;
  caseId: string | null;
  contactPerson: { displayName: string; email: string; phone: string | null } | null;
  messages: { text: string }[];
};

describe('the demo configuration', () => {
  it('is refused with DATABASE_URL, and says why', () => {
    expect(() =>
      loadConfig({ OMRINGD_DEMO: '1', DATABASE_URL: 'postgres://x@127.0.0.1/omringd' }),
    ).toThrow(/only on the embedded database/);
    expect(loadConfig({ OMRINGD_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({}).demo).toBe(false);
  });
});

describe.each(storageModes)('the demo on %s', (mode) => {
  let t: TestApp;
  let people: Person[] = [];
  // Tuesday morning: Ilse Vermeulen is on the Zorggarantie roster.
  const at = new Date('2026-11-24T09:30:00Z');
  beforeAll(async () => {
    t = await createTestApp(mode, at, { demo: true, rateLimitPerMinute: false });
    await refuseRealAccounts(t.database.db);
    expect(await seedDemoStaff(t.database.db, at)).toBe(8);
    expect(await seedDemoStaff(t.database.db, at)).toBe(0);
    people = await demoPeople(t.database.db);
    expect(await seedDemoFamilies(t.app, people, at)).toBe(6);
    // Loading again (a restart) adds nothing.
    expect(await seedDemoFamilies(t.app, people, at)).toBe(0);
    // Fatima to her family, Samira to Noor's case as the network's Tante Samira.
    expect(await linkDemoParents(t.database.db, people, at)).toBe(2);
    expect(await linkDemoParents(t.database.db, people, at)).toBe(0);
  });
  afterAll(() => closeTestApp(t));
  const agentOf = async (key: string) => {
    const agent = new Agent(t.app, t.now);
    const person = people.find((p) => p.key === key);
    const answer = await agent.request('POST', '/api/v1/demo/sign-in', { personId: person?.id });
    expect(answer.status).toBe(200);
    return agent;
  };

  it('lists its people and signs in as each without a second factor', async () => {
    const list = await new Agent(t.app, t.now).request<{ people: Person[] }>('GET', '/api/v1/demo');
    expect(list.body.people.map((p) => p.name)).toContain('Mira Claes');
    const nurse = await agentOf('nurse');
    const session = await nurse.request<{ state: string; user: { displayName: string } }>(
      'GET',
      '/api/v1/auth/session',
    );
    expect(session.body).toMatchObject({
      state: 'signed_in',
      user: { displayName: 'Els Wouters' },
    });
  });

  it('holds families in several states, with the contact person reachable', async () => {
    const nurse = await agentOf('nurse');
    const mine = await nurse.request<ReferralSummary[]>('GET', '/api/v1/referrals/mine');
    expect(mine.body.map((r) => r.status).sort()).toEqual([
      'accepted',
      'accepted',
      'draft',
      'in-progress',
      'rejected',
      'requested',
      'requested',
    ]);
    expect(mine.body.filter((r) => r.routedTo === 'external')).toHaveLength(1);
    const taken = mine.body.find((r) => r.status === 'accepted' && r.messages.length > 0);
    expect(taken?.caseId).not.toBeNull();
    expect(taken?.contactPerson).toMatchObject({
      displayName: 'Mira Claes',
      phone: '011 30 40 51',
    });
    expect(taken?.messages.map((m) => m.text)).toHaveLength(2);
    const ilse = await agentOf('coordinator-ilse');
    const inbox = await ilse.request<ReferralSummary[]>('GET', '/api/v1/referrals/inbox');
    expect(inbox.body.some((r) => r.status === 'requested')).toBe(true);
  });

  it('holds a care plan made from a care table held, for a family that reads Arabic', async () => {
    const mira = await agentOf('coordinator-mira');
    const cases = await mira.request<{ id: string; familyLabel: string }[]>('GET', '/api/v1/cases');
    const fatima = cases.body.find((c) => c.familyLabel.includes('Fatima El Amrani'));
    if (fatima === undefined) throw new Error('no demo case for Fatima El Amrani');
    const plan = await mira.request<CasePlan>('GET', `/api/v1/cases/${fatima.id}/plan`);
    expect(plan.body.current).toMatchObject({ number: 3, content: { active: 'A' } });
    expect(plan.body.current?.content.goals.map((g) => g.fromDecision?.decisionId)).toEqual([
      'd-slaap',
      'd-rust',
    ]);
    const tasks = await mira.request<Task[]>('GET', '/api/v1/tasks');
    expect(tasks.body.map((task) => task.kind)).toEqual(
      expect.arrayContaining(['care_table_due', 'evaluation_due']),
    );
  });

  it('signs a parent in to the family portal, where she reads her own family’s plan', async () => {
    const fatima = await agentOf('parent-fatima');
    const families = await fatima.request<{ families: { caseId: string }[] }>(
      'GET',
      '/api/v1/portal/families',
    );
    expect(families.body.families).toHaveLength(1);
    const caseId = families.body.families[0]?.caseId ?? '';
    const ours = await fatima.request<PortalPlan>('GET', `/api/v1/portal/cases/${caseId}/plan`);
    expect(ours.status).toBe(200);
    expect(ours.body.contact).toMatchObject({ name: 'Mira Claes', phone: '011 30 40 51' });
    expect(ours.body.plan.current?.content.goals.length).toBeGreaterThan(0);
  });

  it('signs in the supporter Fatima asked to help, who sees only her own agreement', async () => {
    const samira = await agentOf('supporter-samira');
    const mine = await samira.request<{ caseIds: string[] }>('GET', '/api/v1/supporter/cases');
    expect(mine.body.caseIds).toHaveLength(1);
    const view = await samira.request<SupporterView>(
      'GET',
      `/api/v1/supporter/cases/${mine.body.caseIds[0] ?? ''}`,
    );
    expect(view.status).toBe(200);
    expect(view.body.agreements.map((a) => a.agreementId)).toEqual(['a-samira']);
    expect(view.body.contact?.name).toBe('Mira Claes');
  });

  it('signs in only the demo’s own accounts', async () => {
    const [org] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'zorggarantie-limburg'));
    const real = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: org?.id ?? '',
      name: 'Echte Persoon',
      now: at,
    });
    const answer = await new Agent(t.app, t.now).request<{ error: { reason: string } }>(
      'POST',
      '/api/v1/demo/sign-in',
      { personId: real.id },
    );
    expect(answer.status).toBe(404);
    expect(answer.body.error.reason).toBe('no_demo_person');
    // The attempt is on the trail, as every refused sign-in.
    const [tried] = await t.database.db
      .select({ outcome: auditEvents.outcome, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'login_failed'), eq(auditEvents.subjectId, real.id)));
    expect(tried).toEqual({
      outcome: 'denied',
      details: { method: 'demo', reason: 'no_demo_person' },
    });
    // With a real account in it, the directory no longer starts as the demo.
    await expect(refuseRealAccounts(t.database.db)).rejects.toThrow(/holds real accounts/);
    await t.database.db.delete(users).where(eq(users.id, real.id));
  });
});

describe('outside the demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => closeTestApp(t));
  it('has no demo sign-in at all', async () => {
    const agent = new Agent(t.app, t.now);
    expect((await agent.request('GET', '/api/v1/demo')).status).toBe(404);
    const answer = await agent.request('POST', '/api/v1/demo/sign-in', {
      personId: '00000000-0000-4000-8000-000000000000',
    });
    expect(answer.status).toBe(404);
  });
});
