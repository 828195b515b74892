/**
 * A child of 12 or older gets a view of their own: the coordinator invites Lotte (13) with the
 * reason, which stays on record with who decided; a child of 10 is refused, and so is an
 * invitation without a reason; Lotte signs in without an authenticator app, reads the plan
 * without what is hidden from her, and the trail names her as a child — on both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { CaseFamily, PortalAccounts, PortalPlan } from '@omringd/core';
import { familyParents } from '../../src/kernel/tables/caseSchema.ts';
import { auditEvents } from '../../src/kernel/audit/auditSchema.ts';
import { users } from '../../src/platform/db/identitySchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';
import type { Agent } from '../support/people.ts';
import { portalParent } from '../support/portalParent.ts';

type ErrorBody = { error: { code: string; reason?: string; field?: string } };
const WHY = 'Lotte vroeg zelf om mee te lezen; ze gaat naar het middelbaar en praat mee aan tafel.';

describe.each(storageModes)("a child's own view on %s", (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let mira: Agent;
  let url = '';

  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-12-07T09:00:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.65.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    url = `/api/v1/cases/${file.caseId}`;
    mira = await file.signedIn(file.mira);
    const family = await mira.request<CaseFamily>('GET', `${url}/family`);
    const saved = await mira.request('PUT', `${url}/family`, {
      version: family.body.version,
      family: {
        ...family.body.family,
        members: [
          ...family.body.family.members,
          // 13 on the day of the test, and a brother of 10.
          { kind: 'child', id: 'c2', name: 'Lotte', birthDate: '2013-05-01' },
          { kind: 'child', id: 'c3', name: 'Mats', birthDate: '2016-02-10' },
        ],
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const plan = await mira.request('POST', `${url}/plan/versions`, {
      version: 0,
      content: {
        goals: [
          { id: 'g-rust', text: 'Rust in huis.', priority: 'high' },
          { id: 'g-ouders', text: 'Mama en papa praten over de scheiding.', hiddenFrom: ['c2'] },
        ],
        actions: [],
      },
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
  });
  afterAll(async () => {
    await closeTestApp(t);
  });

  it('refuses a child under 12, and a child of 12 or older without a reason', async () => {
    const young = await mira.request<ErrorBody>('POST', `${url}/parents`, {
      memberId: 'c3',
      email: 'mats@example.be',
      decision: WHY,
    });
    expect(young.status).toBe(400);
    expect(young.body.error.reason).toBe('child_under_12');
    const noReason = await mira.request<ErrorBody>('POST', `${url}/parents`, {
      memberId: 'c2',
      email: 'lotte@example.be',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.reason, JSON.stringify(noReason.body)).toBe('child_view_reason');
  });

  it('records the decision, and lets the child read the plan without what is hidden from her', async () => {
    const lotte = await portalParent(t, mira, {
      caseId: file.caseId,
      memberId: 'c2',
      email: 'lotte@example.be',
      ip: '10.65.1.1',
      decision: WHY,
    });
    const [account] = await t.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'lotte@example.be'));
    const [link] = await t.database.db
      .select()
      .from(familyParents)
      .where(eq(familyParents.userId, account?.id ?? ''));
    expect(link).toMatchObject({
      memberId: 'c2',
      childViewDecision: WHY,
      childViewDecidedBy: 'Mira Claes',
    });
    expect(link?.childViewDecidedAt?.getTime()).toBeLessThanOrEqual(t.now.value.getTime());
    // The team sees who has access, and the decision on record.
    const access = await mira.request<PortalAccounts>('GET', `${url}/parents`);
    expect(access.body.accounts).toEqual([
      expect.objectContaining({
        memberId: 'c2',
        name: 'Lotte',
        accepted: true,
        childView: expect.objectContaining({ reason: WHY, decidedBy: 'Mira Claes' }) as unknown,
      }),
    ]);

    const session = await lotte.request<{ memberships: { role: string }[] }>(
      'GET',
      '/api/v1/auth/session',
    );
    expect(session.body.memberships.map((m) => m.role)).toEqual(['child']);
    const ours = await lotte.request<PortalPlan>('GET', `/api/v1/portal/cases/${file.caseId}/plan`);
    expect(ours.status).toBe(200);
    const goals = ours.body.plan.current?.content.goals.map((g) => g.id) ?? [];
    expect(goals).toContain('g-rust');
    expect(goals).not.toContain('g-ouders');
    // The trail names her as the child she is, not as a parent.
    const rows = await t.database.db
      .select({ role: auditEvents.role })
      .from(auditEvents)
      .where(and(eq(auditEvents.userId, account?.id ?? ''), eq(auditEvents.caseId, file.caseId)));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(['child']));
  });
});
