/**
 * One form of address: the pages, the notices and the e-mails say "je", never "u" — a parent or a
 * nurse is addressed the same way wherever Omringd speaks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invitationEmail, breakGlassEmail } from '../../src/platform/mail/messages.ts';
import { bodies, subjects } from '../../src/modules/notifications/texts.ts';

const formal = /(^|[^\p{L}])(u|uw|U|Uw)(?=[^\p{L}]|$)/u;

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node === 'object' && node !== null) return Object.values(node).flatMap(strings);
  return [];
}

describe('the form of address', () => {
  it('is "je" in every Dutch text of the pages', () => {
    const nl = JSON.parse(
      readFileSync(new URL('../../../web/src/locales/nl.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(strings(nl).filter((s) => formal.test(s))).toEqual([]);
  });

  it('is "je" in the Dutch e-mails and notices', () => {
    const mails = [
      invitationEmail({
        locale: 'nl',
        name: 'An',
        organization: 'Huizen van het Kind Gent',
        link: 'https://omringd.example/uitnodiging/x',
        expiresAt: new Date('2026-12-08T10:00:00Z'),
      }),
      breakGlassEmail({
        locale: 'nl',
        by: 'Bo',
        reason: 'nood',
        link: 'https://omringd.example/x',
      }),
    ];
    const texts = [
      ...mails.flatMap((m) => [m.subject, m.text]),
      ...Object.values(subjects).map((s) => s.nl),
      ...Object.values(bodies).map((b) => b.nl),
    ];
    expect(texts.filter((s) => formal.test(s))).toEqual([]);
  });
});
