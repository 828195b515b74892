/**
 * Closing a case: the outcome per goal, the reason, the hand-over to a service of the social map,
 * the retention period of the programme counted in Brussels, exactly once under racing requests;
 * the plan takes no more versions; the closing letter in Dutch and Arabic says how long the file
 * is kept. On both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import type { ClosingView } from '@omringd/core';
import { services } from '../../src/platform/db/schema.ts';
import { cases } from '../../src/kernel/tables/caseSchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';

type ErrorBody = { error: { code: string; reason?: string } };

describe.each(storageModes)('closing a case on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let url = '';
  let serviceId = '';

  beforeAll(async () => {
    // 31 December 2026, 23:30 in Brussels: still the 31st there, already 1 January nowhere yet.
    t = await createTestApp(mode, new Date('2026-12-31T22:30:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.47.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    url = `/api/v1/cases/${file.caseId}`;
    const [service] = await t.database.db.select().from(services).limit(1);
    if (service === undefined) throw new Error('no service on the map');
    serviceId = service.id;
    const mira = await file.signedIn(file.mira);
    expect(
      (
        await mira.request('POST', `${url}/plan/versions`, {
          version: 0,
          content: { goals: [{ id: 'g-huis', text: 'Lina en mama wonen veilig.' }] },
        })
      ).status,
    ).toBe(201);
  });
  afterAll(() => closeTestApp(t));

  it('refuses an outcome for a goal the plan does not have, and a service not on the map', async () => {
    const mira = await file.signedIn(file.mira);
    const stray = await mira.request<ErrorBody>('POST', `${url}/closing`, {
      version: 1,
      reason: 'goals_reached',
      outcomes: [{ goalId: 'g-geen', outcome: 'reached' }],
    });
    expect(stray.body.error.reason).toBe('unknown_reference');
    const unknown = await mira.request<ErrorBody>('POST', `${url}/closing`, {
      version: 1,
      reason: 'handed_over',
      handover: [{ serviceId: file.caseId }],
    });
    expect(unknown.body.error.reason).toBe('unknown_reference');
    const stale = await mira.request<ErrorBody>('POST', `${url}/closing`, {
      version: 0,
      reason: 'other',
    });
    expect(stale.status).toBe(409);
    expect((await mira.request<ErrorBody>('GET', `${url}/closing`)).body.error.reason).toBe(
      'not_closed',
    );
  });

  it('closes once of many racing requests, with the retention counted from the day in Brussels', async () => {
    const mira = await file.signedIn(file.mira);
    const ilse = await file.signedIn(file.ilse);
    const body = {
      version: 1,
      reason: 'handed_over',
      explanation: 'Het gaat goed; de Opvoedingswinkel volgt verder op.',
      outcomes: [{ goalId: 'g-huis', outcome: 'partly', note: 'De woning is aangevraagd.' }],
      handover: [{ serviceId, note: 'Bel op maandag.' }],
    };
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 === 0 ? mira : ilse).request<ClosingView>('POST', `${url}/closing`, body),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    const closed = await mira.request<ClosingView>('GET', `${url}/closing`);
    expect(closed.body).toMatchObject({
      reason: 'handed_over',
      retentionYears: 10,
      keptUntil: '2036-12-31',
      outcomes: [{ goalId: 'g-huis', goal: 'Lina en mama wonen veilig.', outcome: 'partly' }],
    });
    expect(closed.body.handover[0]?.serviceId).toBe(serviceId);
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, file.caseId));
    expect(row?.status).toBe('closed');
    const more = await mira.request<ErrorBody>('POST', `${url}/plan/versions`, {
      version: 1,
      content: { goals: [] },
    });
    expect(more.status).toBe(409);
    expect(more.body.error.reason).toBe('case_closed');
  });

  it('writes the closing letter in Dutch and in Arabic, saying how long the file is kept', async () => {
    const mira = await file.signedIn(file.mira);
    const read = async (path: string) => {
      const pdf = await mira.raw('GET', path);
      expect(pdf.status).toBe(200);
      return (await extractText(new Uint8Array(pdf.bytes), { mergePages: true })).text;
    };
    const dutch = await read(`${url}/closing-letter.pdf`);
    for (const expected of [
      'Jullie begeleiding is afgerond',
      'Lina en mama wonen veilig. — deels bereikt',
      'We bewaren jullie dossier 10 jaar, tot 31 december 2036. Daarna wissen we het.',
      'Bel op maandag.',
    ])
      expect(dutch).toContain(expected);
    const arabic = await read(`${url}/closing-letter.pdf?language=ar`);
    for (const expected of ['انتهت مرافقتكم', 'أين يمكنكم الاستمرار', 'بعد ذلك نمسحه'])
      expect(arabic).toContain(expected);
  });
});
