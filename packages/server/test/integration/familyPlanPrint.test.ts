/**
 * The family plan on paper: a PDF drawn on the server, in the family's language — Dutch, and
 * Arabic right to left — checked by extracting its text: the goals in the family's words, who
 * does what and when, the contact person with a phone number; nothing kept within the team; the
 * print on the audit trail as a print. On both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { auditEvents } from '../../src/kernel/audit/auditSchema.ts';
import { users } from '../../src/platform/db/identitySchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';

async function textOf(pdf: Buffer): Promise<{ text: string; rtl: string[] }> {
  const bytes = new Uint8Array(pdf);
  const { text } = await extractText(bytes.slice(), { mergePages: true });
  const doc = await getDocumentProxy(bytes.slice());
  const rtl: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('dir' in item && item.dir === 'rtl') rtl.push(item.str);
  }
  return { text, rtl };
}

describe.each(storageModes)('the printed family plan on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let url = '';

  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.45.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    url = `/api/v1/cases/${file.caseId}`;
    await t.database.db
      .update(users)
      .set({ phone: '011 26 44 10' })
      .where(eq(users.id, file.mira.id));
    const mira = await file.signedIn(file.mira);
    const saved = await mira.request('POST', `${url}/plan/versions`, {
      version: 0,
      content: {
        goals: [
          { id: 'g-huis', text: 'Lina en mama wonen veilig.', domains: ['housing', 'finances'] },
          { id: 'g-team', text: 'Vermoeden van geweld opvolgen met de politie.', teamOnly: true },
        ],
        actions: [
          {
            id: 'a-1',
            goalId: 'g-huis',
            what: 'Een sociale woning aanvragen.',
            who: { kind: 'family' },
            by: '2026-12-18',
          },
        ],
        routes: { A: { summary: 'Lina blijft thuis, oma Rita helpt.' } },
      },
    });
    expect(saved.status).toBe(201);
  });
  afterAll(() => closeTestApp(t));

  it('prints in Dutch what the family sees, and the print is on the audit trail', async () => {
    const mira = await file.signedIn(file.mira);
    const pdf = await mira.raw('GET', `${url}/plan/family-plan.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await textOf(pdf.bytes);
    for (const expected of [
      'Ons gezinsplan',
      'Lina en mama wonen veilig.',
      'Een sociale woning aanvragen.',
      'wij zelf',
      '18 december 2026',
      'Wonen',
      'Geld',
      'Lina blijft thuis, oma Rita helpt.',
      'Mira Claes',
      '011 26 44 10',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('politie');
    const prints = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.caseId, file.caseId), eq(auditEvents.action, 'print')));
    expect(prints).toHaveLength(1);
    expect(prints[0]?.outcome).toBe('success');
  });

  it('prints in Arabic, right to left, with the words in their order', async () => {
    const mira = await file.signedIn(file.mira);
    const pdf = await mira.raw('GET', `${url}/plan/family-plan.pdf?language=ar`);
    expect(pdf.status).toBe(200);
    const { text, rtl } = await textOf(pdf.bytes);
    // Two-word headings come out whole and in reading order only when the PDF lays out the
    // line right to left and every glyph maps back to its letter.
    for (const expected of [
      'خطة عائلتنا',
      'أهدافنا',
      'السكن',
      'المال',
      'شخص الاتصال',
      'ما نفعله الآن',
    ])
      expect(text).toContain(expected);
    expect(rtl).toContain('خطة عائلتنا');
    expect(text).toContain('Lina en mama wonen veilig.');
    expect(text).toContain('011 26 44 10');
    // Every character extracted is a letter, digit, mark, space or punctuation: no lost glyph.
    const controls = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).filter(
      (code) => code < 0x20 && code !== 0x0a,
    );
    expect(controls).toEqual([]);
  });

  it('refuses a language it has no translation for, and a case without a plan', async () => {
    const mira = await file.signedIn(file.mira);
    expect((await mira.raw('GET', `${url}/plan/family-plan.pdf?language=xx`)).status).toBe(400);
    const stranger = await file.signedIn(file.referrer);
    expect((await stranger.raw('GET', `${url}/plan/family-plan.pdf`)).status).toBe(404);
  });
});
