/**
 * The backpack budget of Zorggarantie Limburg on both storage modes: the network coordinator
 * enters the year's fund, the case coordinator gives a case its budget under the programme's
 * rules, commits money to plan actions at providers of the social map, pays and corrects by
 * reversal entries; every refusal names its rule and figures; racing commitments (also across
 * cases of one fund) never pass a limit; one extension, approved by the role the programme names;
 * the finance report and its exports, safe against formula injection; the task before the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { BudgetOptions, BudgetReportRow, BudgetView, FundView, Task } from '@omringd/core';
import { organizations, services } from '../../src/platform/db/schema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';
import { createPerson, type Agent, type Person } from '../support/people.ts';
import { anotherCase } from '../support/anotherCase.ts';

type ErrorBody = {
  error: { code: string; reason?: string; message: string; current?: Record<string, unknown> };
};

const justification = 'Aanvullend op het reguliere aanbod: het CKG heeft een wachtlijst.';
const euro = (n: number) => n * 100;

describe.each(storageModes)('the backpack budget on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let nora: Person;
  let url = '';
  let serviceIds: string[] = [];
  let fund2026 = '';

  /** Another Zorggarantie case of the same region, with the plan the budget needs. */
  async function budgetCase(parent: string): Promise<string> {
    const caseId = await anotherCase(file, parent);
    await planWithAction(await file.signedIn(file.mira), caseId);
    return caseId;
  }

  async function planWithAction(agent: Agent, caseId: string) {
    const saved = await agent.request('POST', `/api/v1/cases/${caseId}/plan/versions`, {
      version: 0,
      content: {
        goals: [{ id: 'g-rust', text: 'Noor krijgt rust en steun na de bevalling.' }],
        actions: [
          { id: 'a-ckg', goalId: 'g-rust', what: 'Verblijf in het CKG.', who: { kind: 'family' } },
          { id: 'a-thuis', goalId: 'g-rust', what: 'Thuisbegeleiding.', who: { kind: 'family' } },
        ],
      },
    });
    expect(saved.status).toBe(201);
  }

  const commitment = (over: Record<string, unknown> = {}) => ({
    actionId: 'a-ckg',
    serviceId: serviceIds[0],
    category: 'stay',
    from: '2026-12-07',
    to: '2026-12-20',
    amountCents: euro(500),
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-12-01T09:00:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.48.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    url = `/api/v1/cases/${file.caseId}/budget`;
    nora = await createPerson(t.database.db, {
      role: 'network_coordinator',
      organizationId: file.ocjId,
      name: 'Nora Netwerk',
      now: t.now.value,
    });
    serviceIds = (await t.database.db.select({ id: services.id }).from(services).limit(3)).map(
      (s) => s.id,
    );
    await planWithAction(await file.signedIn(file.mira), file.caseId);
  });
  afterAll(() => closeTestApp(t));

  it('offers the programme, but gives no budget before the fund of the year is entered', async () => {
    const mira = await file.signedIn(file.mira);
    const options = await mira.request<BudgetOptions>('GET', url);
    expect(options.status).toBe(200);
    expect(options.body.budget).toBeNull();
    expect(options.body.programmes).toEqual([
      expect.objectContaining({
        key: 'zorggarantie-limburg',
        maximumCents: euro(4000),
        periodMonths: 3,
        residentialPercent: 50,
      }),
    ]);
    const grant = await mira.request<ErrorBody>('POST', url, {
      programmeKey: 'zorggarantie-limburg',
      startsOn: '2026-12-01',
      justification,
    });
    expect(grant.status).toBe(409);
    expect(grant.body.error.reason).toBe('no_fund');
  });

  it('lets only who keeps the programme\u2019s funds enter one, once per region and year', async () => {
    const fund = {
      programmeKey: 'zorggarantie-limburg',
      region: 'VLI',
      year: 2026,
      backpackCents: euro(100_000),
      structuralCents: euro(100_000),
    };
    const mira = await file.signedIn(file.mira);
    expect((await mira.request('POST', '/api/v1/budget/funds', fund)).status).toBe(403);
    const elsewhere = await createPerson(t.database.db, {
      role: 'network_coordinator',
      organizationId: (
        await t.database.db
          .select()
          .from(organizations)
          .where(eq(organizations.key, 'kind-en-gezin'))
      )[0]?.id as string,
      name: 'Wim Elders',
      now: t.now.value,
    });
    const wim = await file.signedIn(elsewhere);
    expect((await wim.request('POST', '/api/v1/budget/funds', fund)).status).toBe(403);
    const keeper = await file.signedIn(nora);
    const made = await keeper.request<FundView>('POST', '/api/v1/budget/funds', fund);
    expect(made.status).toBe(201);
    fund2026 = made.body.id;
    expect(made.body).toMatchObject({ backpackCommittedCents: 0, structuralSpentCents: 0 });
    const again = await keeper.request<ErrorBody>('POST', '/api/v1/budget/funds', fund);
    expect(again.status).toBe(409);
    expect((await wim.request<FundView[]>('GET', '/api/v1/budget/funds')).body).toEqual([]);
    expect((await keeper.request<FundView[]>('GET', '/api/v1/budget/funds')).body).toHaveLength(1);
  });

  it('gives a case one budget, within the programme maximum and with a justification', async () => {
    const mira = await file.signedIn(file.mira);
    const short = await mira.request<ErrorBody>('POST', url, {
      programmeKey: 'zorggarantie-limburg',
      startsOn: '2026-12-01',
      justification: 'Nodig.',
    });
    expect(short.status).toBe(400);
    const above = await mira.request<ErrorBody>('POST', url, {
      programmeKey: 'zorggarantie-limburg',
      startsOn: '2026-12-01',
      maximumCents: euro(4001),
      justification,
    });
    expect(above.body.error.reason).toBe('above_maximum');
    const granted = await mira.request<BudgetView>('POST', url, {
      programmeKey: 'zorggarantie-limburg',
      startsOn: '2026-12-01',
      justification,
    });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({
      maximumCents: euro(4000),
      residentialLimitCents: euro(2000),
      startsOn: '2026-12-01',
      endsOn: '2027-02-28',
      committedCents: 0,
      canRequestExtension: true,
      fund: { id: fund2026, region: 'VLI', year: 2026 },
    });
    const twice = await mira.request<ErrorBody>('POST', url, {
      programmeKey: 'zorggarantie-limburg',
      startsOn: '2026-12-01',
      justification,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.reason).toBe('budget_exists');
  });

  it('commits only to actions of the plan, at providers of the map, within the period', async () => {
    const ilse = await file.signedIn(file.ilse);
    const stray = await ilse.request<ErrorBody>(
      'POST',
      `${url}/commitments`,
      commitment({ actionId: 'a-geen' }),
    );
    expect(stray.body.error.reason).toBe('unknown_reference');
    const nowhere = await ilse.request<ErrorBody>(
      'POST',
      `${url}/commitments`,
      commitment({ serviceId: file.caseId }),
    );
    expect(nowhere.body.error.reason).toBe('unknown_reference');
    const late = await ilse.request<ErrorBody>(
      'POST',
      `${url}/commitments`,
      commitment({ from: '2027-02-20', to: '2027-03-10' }),
    );
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      reason: 'budget_outside_period',
      current: { rule: 'outside_period', startsOn: '2026-12-01', endsOn: '2027-02-28' },
    });
    const floating = await ilse.request<ErrorBody>(
      'POST',
      `${url}/commitments`,
      commitment({ amountCents: 12.5 }),
    );
    expect(floating.status).toBe(400);
  });

  it('keeps residential stay within half of the maximum, and says by how much it would pass', async () => {
    const mira = await file.signedIn(file.mira);
    const first = await mira.request<BudgetView>(
      'POST',
      `${url}/commitments`,
      commitment({ amountCents: euro(1500) }),
    );
    expect(first.status).toBe(201);
    const over = await mira.request<ErrorBody>(
      'POST',
      `${url}/commitments`,
      commitment({ amountCents: euro(650) }),
    );
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({
      reason: 'budget_residential_share',
      current: { rule: 'residential_share', wouldBeCents: euro(2150), limitCents: euro(2000) },
    });
    expect(over.body.error.message).toMatch(/residential stay at €\s?2,150.*limit is €\s?2,000/);
    const rest = await mira.request<BudgetView>(
      'POST',
      `${url}/commitments`,
      commitment({ amountCents: euro(500) }),
    );
    expect(rest.body).toMatchObject({ committedCents: euro(2000), residentialCents: euro(2000) });
    const coaching = await mira.request<ErrorBody>(
      'POST',
      `${url}/commitments`,
      commitment({ actionId: 'a-thuis', category: 'coaching', amountCents: euro(2500) }),
    );
    expect(coaching.body.error).toMatchObject({
      reason: 'budget_case_maximum',
      current: { wouldBeCents: euro(4500), limitCents: euro(4000) },
    });
  });

  it('pays no more than a commitment, and corrects by reversal entries, once each', async () => {
    const mira = await file.signedIn(file.mira);
    const budget = (await mira.request<BudgetOptions>('GET', url)).body.budget;
    const stay = budget?.entries.find((e) => e.amountCents === euro(1500));
    if (stay === undefined) throw new Error('the stay of € 1.500 is missing');
    const paid = await mira.request<BudgetView>('POST', `${url}/payments`, {
      commitmentId: stay.id,
      paidOn: '2026-12-21',
      amountCents: euro(1000),
    });
    expect(paid.status).toBe(201);
    expect(paid.body.paidCents).toBe(euro(1000));
    const overpaid = await mira.request<ErrorBody>('POST', `${url}/payments`, {
      commitmentId: stay.id,
      paidOn: '2026-12-22',
      amountCents: euro(600),
    });
    expect(overpaid.body.error).toMatchObject({
      reason: 'budget_overpaid',
      current: { wouldBeCents: euro(1600), limitCents: euro(1500) },
    });
    const early = await mira.request<ErrorBody>('POST', `${url}/reversals`, {
      entryId: stay.id,
      reason: 'Het verblijf werd korter.',
    });
    expect(early.body.error.reason).toBe('payments_first');
    const payment = paid.body.entries.find((e) => e.kind === 'payment');
    if (payment === undefined) throw new Error('the payment is missing');
    const undone = await mira.request<BudgetView>('POST', `${url}/reversals`, {
      entryId: payment.id,
      reason: 'Dubbel ingegeven.',
    });
    expect(undone.body.paidCents).toBe(0);
    const twice = await mira.request<ErrorBody>('POST', `${url}/reversals`, {
      entryId: payment.id,
      reason: 'Dubbel ingegeven.',
    });
    expect(twice.body.error.reason).toBe('already_reversed');
    const reversal = undone.body.entries.find((e) => e.kind === 'reversal');
    const ofReversal = await mira.request<ErrorBody>('POST', `${url}/reversals`, {
      entryId: reversal?.id,
      reason: 'Toch niet.',
    });
    expect(ofReversal.body.error.reason).toBe('unknown_reference');
    const corrected = await mira.request<BudgetView>('POST', `${url}/reversals`, {
      entryId: stay.id,
      reason: 'Het verblijf werd korter.',
    });
    expect(corrected.body).toMatchObject({
      committedCents: euro(500),
      residentialCents: euro(500),
      remainingCents: euro(3500),
    });
    // The ledger only grows: five lines, each kept as written.
    expect(corrected.body.entries.map((e) => e.kind)).toEqual([
      'commitment',
      'commitment',
      'payment',
      'reversal',
      'reversal',
    ]);
  });

  it('lets no two racing commitments pass the residential share together', async () => {
    const mira = await file.signedIn(file.mira);
    const ilse = await file.signedIn(file.ilse);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 === 0 ? mira : ilse).request<ErrorBody>('POST', `${url}/commitments`, commitment()),
      ),
    );
    const statuses = answers.map((a) => a.status);
    // € 500 stand; three more of € 500 reach the € 2.000 limit.
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    const after = (await mira.request<BudgetOptions>('GET', url)).body.budget;
    expect(after?.residentialCents).toBe(euro(2000));
  });

  it('lets no racing commitments of two cases pass their common fund', async () => {
    const keeper = await file.signedIn(nora);
    const fund = await keeper.request<FundView>('POST', '/api/v1/budget/funds', {
      programmeKey: 'zorggarantie-limburg',
      region: 'VLI',
      year: 2027,
      backpackCents: euro(4000),
      structuralCents: euro(1000),
    });
    expect(fund.status).toBe(201);
    const caseIds = [await budgetCase('Yasmina'), await budgetCase('Ewa')];
    // Mira holds both new cases; two sessions of hers race, one on each case.
    const mira = await file.signedIn(file.mira);
    const again = await file.signedIn(file.mira);
    for (const caseId of caseIds)
      expect(
        (
          await mira.request('POST', `/api/v1/cases/${caseId}/budget`, {
            programmeKey: 'zorggarantie-limburg',
            startsOn: '2027-01-04',
            justification,
          })
        ).status,
      ).toBe(201);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 === 0 ? mira : again).request<ErrorBody>(
          'POST',
          `/api/v1/cases/${caseIds[i % 2] ?? ''}/budget/commitments`,
          commitment({
            actionId: 'a-thuis',
            category: 'coaching',
            from: '2027-01-04',
            to: '2027-01-31',
            amountCents: euro(1000),
          }),
        ),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.error.reason)).toEqual(
      Array.from({ length: 6 }, () => 'budget_fund'),
    );
    const funds = (await keeper.request<FundView[]>('GET', '/api/v1/budget/funds')).body;
    expect(funds.find((f) => f.year === 2027)?.backpackCommittedCents).toBe(euro(4000));
    const structural = await keeper.request<ErrorBody>(
      'POST',
      `/api/v1/budget/funds/${fund.body.id}/structural`,
      {
        serviceId: serviceIds[1],
        category: 'childcare',
        spentOn: '2027-01-10',
        amountCents: euro(1200),
      },
    );
    expect(structural.body.error).toMatchObject({
      reason: 'budget_structural',
      current: { wouldBeCents: euro(1200), limitCents: euro(1000) },
    });
    const spent = await keeper.request<FundView>(
      'POST',
      `/api/v1/budget/funds/${fund.body.id}/structural`,
      {
        serviceId: serviceIds[1],
        category: 'childcare',
        spentOn: '2027-01-10',
        amountCents: euro(800),
      },
    );
    expect(spent.body.structuralSpentCents).toBe(euro(800));
  });

  it('never lets any mix of racing commitments pass a limit, nor refuses one that fits', async () => {
    const caseId = await budgetCase('Lotte');
    const budgetUrl = `/api/v1/cases/${caseId}/budget`;
    const mira = await file.signedIn(file.mira);
    const other = await file.signedIn(file.mira);
    expect(
      (
        await mira.request('POST', budgetUrl, {
          programmeKey: 'zorggarantie-limburg',
          startsOn: '2026-12-01',
          justification,
        })
      ).status,
    ).toBe(201);
    const line = fc.record({
      category: fc.constantFrom('stay', 'coaching', 'maternity_care'),
      amountCents: fc.integer({ min: 1, max: euro(1800) }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 2, maxLength: 6 }), async (lines) => {
        const answers = await Promise.all(
          lines.map((l, i) =>
            (i % 2 === 0 ? mira : other).request<ErrorBody & BudgetView>(
              'POST',
              `${budgetUrl}/commitments`,
              commitment({ ...l, actionId: 'a-thuis' }),
            ),
          ),
        );
        const budget = (await mira.request<BudgetOptions>('GET', budgetUrl)).body.budget;
        if (budget === null) throw new Error('the budget is gone');
        expect(budget.committedCents).toBeLessThanOrEqual(budget.maximumCents);
        expect(budget.residentialCents).toBeLessThanOrEqual(budget.residentialLimitCents);
        // What was refused would not fit even now: a refusal is never a lost race.
        lines.forEach((l, i) => {
          const answer = answers[i];
          if (answer?.status === 201) return;
          expect(answer?.status).toBe(409);
          const overCase = budget.committedCents + l.amountCents > budget.maximumCents;
          const overStay =
            l.category === 'stay' &&
            budget.residentialCents + l.amountCents > budget.residentialLimitCents;
          expect(overCase || overStay).toBe(true);
        });
        // Back to an empty budget for the next mix: every standing commitment reversed.
        for (const entry of budget.entries.filter((e) => e.kind === 'commitment' && !e.reversed))
          expect(
            (
              await mira.request('POST', `${budgetUrl}/reversals`, {
                entryId: entry.id,
                reason: 'Proef: teruggedraaid.',
              })
            ).status,
          ).toBe(201);
      }),
      { numRuns: 6 },
    );
  });

  it('reports per programme, category and provider, and exports text that cannot run as a formula', async () => {
    const hostile = '=HYPERLINK("http://kwaad.example","klik")';
    await t.database.db
      .update(services)
      .set({ name: hostile })
      .where(eq(services.id, serviceIds[2] ?? ''));
    const mira = await file.signedIn(file.mira);
    const committed = await mira.request<BudgetView>(
      'POST',
      `${url}/commitments`,
      commitment({
        actionId: 'a-thuis',
        category: 'coaching',
        serviceId: serviceIds[2],
        amountCents: 4250,
      }),
    );
    expect(committed.status).toBe(201);
    const period = '?from=2026-12-01&to=2027-12-31';
    expect(
      (await mira.request<BudgetReportRow[]>('GET', `/api/v1/budget/report${period}`)).body,
    ).toEqual([]);
    const keeper = await file.signedIn(nora);
    const report = (
      await keeper.request<BudgetReportRow[]>('GET', `/api/v1/budget/report${period}`)
    ).body;
    const stays = report.filter((r) => r.category === 'stay' && r.year === 2026);
    expect(stays.reduce((sum, r) => sum + r.committedCents, 0)).toBe(euro(2000));
    expect(report.find((r) => r.provider.startsWith(hostile))).toMatchObject({
      committedCents: 4250,
    });
    expect(report.find((r) => r.fundKind === 'structural')).toMatchObject({
      committedCents: euro(800),
    });

    const csv = await keeper.raw('GET', `/api/v1/budget/ledger.csv${period}`);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain(`'${hostile.replaceAll('"', '""')}`);
    expect(csv.body).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv.body).toContain('42.50');

    const xlsx = await keeper.raw('GET', `/api/v1/budget/ledger.xlsx${period}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const cells: ExcelJS.Cell[] = [];
    sheet?.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(cell);
      });
    });
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.some((c) => c.text.startsWith(`'${hostile}`))).toBe(true);
  });

  it('warns the coordinator before the end, and extends once, approved by the programme\u2019s role', async () => {
    t.now.value = new Date('2027-02-18T08:00:00Z');
    const mira = await file.signedIn(file.mira);
    const tasks = (await mira.request<Task[]>('GET', '/api/v1/tasks')).body;
    expect(tasks.filter((k) => k.kind === 'budget_ending' && k.caseId === file.caseId)).toEqual([
      expect.objectContaining({ dueOn: '2027-02-28', overdue: false }),
    ]);
    const later = commitment({
      actionId: 'a-thuis',
      category: 'coaching',
      from: '2027-03-01',
      to: '2027-03-31',
      amountCents: euro(100),
    });
    expect(
      (await mira.request<ErrorBody>('POST', `${url}/commitments`, later)).body.error.reason,
    ).toBe('budget_outside_period');
    const asked = await mira.request<BudgetView>('POST', `${url}/extension`, {
      reason: 'Het verblijf in het CKG loopt langer: de woning is pas in april vrij.',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      extension: { status: 'requested', months: 3 },
      canRequestExtension: false,
    });
    const again = await mira.request<ErrorBody>('POST', `${url}/extension`, {
      reason: 'Nog eens gevraagd voor de zekerheid.',
    });
    expect(again.body.error.reason).toBe('extension_waiting');
    // The coordinator of the case is not the role that approves: as if there were nothing.
    const self = await mira.request('POST', `${url}/extension/decision`, { approved: true });
    expect(self.status).toBe(404);
    const keeper = await file.signedIn(nora);
    const waiting = (
      await keeper.request<{ caseId: string; reason: string }[]>('GET', '/api/v1/budget/extensions')
    ).body;
    expect(waiting).toEqual([expect.objectContaining({ caseId: file.caseId })]);
    expect(JSON.stringify(waiting)).not.toContain('Noor');
    const decided = await keeper.request('POST', `${url}/extension/decision`, {
      approved: true,
      note: 'Akkoord: de woning komt in april vrij.',
    });
    expect(decided.body).toEqual({ status: 'approved', endsOn: '2027-05-31' });
    expect((await mira.request('POST', `${url}/commitments`, later)).status).toBe(201);
    const second = await mira.request<ErrorBody>('POST', `${url}/extension`, {
      reason: 'Nog drie maanden nodig voor de opvolging.',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.reason).toBe('extension_used');
    const tasksAfter = (await mira.request<Task[]>('GET', '/api/v1/tasks')).body;
    expect(tasksAfter.some((k) => k.kind === 'budget_ending' && k.caseId === file.caseId)).toBe(
      false,
    );
  });

  it('keeps the budget from the parents and from people outside the case', async () => {
    const outsider = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: file.ocjId,
      name: 'Omer Buiten',
      now: t.now.value,
    });
    const omer = await file.signedIn(outsider);
    expect((await omer.request('GET', url)).status).toBe(404);
    expect((await omer.request('POST', `${url}/commitments`, commitment())).status).toBe(404);
  });
});
