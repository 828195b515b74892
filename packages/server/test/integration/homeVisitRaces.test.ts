/**
 * A free moment goes to one family, under concurrent requests on PostgreSQL: two families of the
 * same contact person pick the same moment at the same instant, 200 times; each time exactly one
 * visit holds it. And two decisions on one request at once (confirm and decline, a double click
 * in two tabs) make exactly one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { CaseVisits, VisitSlot } from '@omringd/core';
import { homeVisits } from '../../src/kernel/tables/homeVisitSchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { skipPostgres } from '../support/storageModes.ts';
import { acceptedCase } from '../support/acceptedCase.ts';
import { anotherCase } from '../support/anotherCase.ts';
import type { Agent } from '../support/people.ts';
import { portalParent } from '../support/portalParent.ts';

const ROUNDS = 200;

describe.skipIf(skipPostgres)('one family per free moment, raced on PostgreSQL', () => {
  let t: TestApp;
  let mira: Agent;
  const families: { caseId: string; parent: Agent }[] = [];

  beforeAll(async () => {
    t = await createTestApp('postgres', new Date('2026-12-07T09:00:00Z'), {
      rateLimitPerMinute: false,
    });
    const file = await acceptedCase(t, '10.63.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    mira = await file.signedIn(file.mira);
    const otherCaseId = await anotherCase(file, 'Leen Race');
    for (const [i, caseId] of [file.caseId, otherCaseId].entries())
      families.push({
        caseId,
        parent: await portalParent(t, mira, {
          caseId,
          memberId: 'p1',
          email: `ouder${String(i)}.race@example.be`,
          ip: `10.63.1.${String(i + 1)}`,
        }),
      });
  });
  afterAll(() => closeTestApp(t));

  it(`gives a moment to exactly one of two families, ${String(ROUNDS)} times`, async () => {
    const start = new Date('2027-01-04T08:00:00Z').getTime();
    const offered = await mira.request<{ slots: VisitSlot[] }>('POST', '/api/v1/visit-slots', {
      slots: Array.from({ length: 50 }, (_, i) => ({
        startsAt: new Date(start + i * 3_600_000).toISOString(),
        minutes: 30,
      })),
    });
    expect(offered.status).toBe(201);
    const slotIds: string[] = [];
    for (let batch = 0; batch < ROUNDS / 50; batch++) {
      const more =
        batch === 0
          ? offered
          : await mira.request<{ slots: VisitSlot[] }>('POST', '/api/v1/visit-slots', {
              slots: Array.from({ length: 50 }, (_, i) => ({
                startsAt: new Date(start + (batch * 50 + i) * 3_600_000).toISOString(),
                minutes: 30,
              })),
            });
      expect(more.status).toBe(201);
    }
    const all = await mira.request<{ slots: VisitSlot[] }>('GET', '/api/v1/visit-slots');
    slotIds.push(...all.body.slots.map((s) => s.id));
    expect(slotIds).toHaveLength(ROUNDS);
    for (const slotId of slotIds) {
      const answers = await Promise.all(
        families.map((f) =>
          f.parent.request('POST', `/api/v1/portal/cases/${f.caseId}/home-visits`, {
            kind: 'slot',
            slotId,
          }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    }
    const held = await t.database.db
      .select({ slotId: homeVisits.slotId })
      .from(homeVisits)
      .where(and(inArray(homeVisits.slotId, slotIds), eq(homeVisits.status, 'requested')));
    expect(held).toHaveLength(ROUNDS);
    expect(new Set(held.map((h) => h.slotId)).size).toBe(ROUNDS);
  });

  it('makes one decision of two at once on the same request', async () => {
    const [first] = families;
    if (first === undefined) throw new Error('no family');
    const team = `/api/v1/cases/${first.caseId}/home-visits`;
    const visits = await mira.request<CaseVisits>('GET', team);
    const requested = visits.body.visits.filter((v) => v.status === 'requested').slice(0, 50);
    expect(requested.length).toBeGreaterThan(40);
    for (const visit of requested) {
      const answers = await Promise.all(
        (['confirm', 'decline'] as const).map((decision) =>
          mira.request('PUT', `${team}/${visit.id}`, { decision }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    }
  });
});
