/** The closing letter on paper, drawn like the family plan (fonts, right to left for Arabic). */
import { createElement as h, type ReactElement } from 'react';
import {
  Document,
  Page,
  Text,
  View,
  renderToBuffer,
  type DocumentProps,
} from '@react-pdf/renderer';
import type { ClosingView } from '@omringd/core';
import { brand, ink, registerFonts } from './pdfFonts.ts';
import { letterTexts } from './letterTexts.ts';
import { locales, type PlanLanguage } from './texts.ts';

export type LetterData = {
  language: PlanLanguage;
  familyName: string;
  closing: ClosingView;
  contact: { name: string; organization: string; phone: string; email: string } | null;
};

const day = (date: string, language: PlanLanguage) =>
  new Intl.DateTimeFormat(locales[language], {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  }).format(new Date(`${date.slice(0, 10)}T12:00:00Z`));

export async function closingLetterPdf(data: LetterData): Promise<Buffer> {
  registerFonts();
  const t = letterTexts[data.language];
  const rtl = data.language === 'ar';
  const align = rtl ? ('right' as const) : ('left' as const);
  const text = (content: string, style: Record<string, unknown> = {}) =>
    h(Text, { style: { textAlign: align, marginBottom: 6, ...style } }, content);
  const heading = (content: string) =>
    text(content, { fontSize: 14, fontWeight: 700, color: brand, marginTop: 12 });
  const { closing } = data;
  const doc: ReactElement<DocumentProps> = h(
    Document,
    { title: t.title, language: data.language, author: 'Omringd' },
    h(
      Page,
      {
        size: 'A4',
        style: {
          padding: 48,
          fontSize: 12,
          lineHeight: 1.5,
          color: ink,
          fontFamily: rtl ? ['Arabic', 'Latin'] : ['Latin', 'Arabic'],
        },
      },
      text(day(closing.closedAt, data.language), { fontSize: 10 }),
      text(t.title, { fontSize: 20, fontWeight: 700, color: brand }),
      text(t.hello(data.familyName)),
      text(t.ended),
      text(t.reasons[closing.reason]),
      closing.explanation === '' ? null : text(closing.explanation),
      closing.outcomes.length === 0 ? null : heading(t.goals),
      ...closing.outcomes.map((o, i) =>
        h(
          View,
          { key: `outcome-${String(i)}` },
          text(`• ${o.goal} — ${t.outcomes[o.outcome]}`),
          o.note === '' ? null : text(o.note, { fontSize: 10 }),
        ),
      ),
      closing.handover.length === 0 ? null : heading(t.goOn),
      ...closing.handover.map((s, i) =>
        h(
          View,
          { key: `handover-${String(i)}` },
          text(s.name, { fontWeight: 700 }),
          s.phone === '' ? null : text(`☎ ${s.phone}`, { fontSize: 14 }),
          s.note === '' ? null : text(s.note, { fontSize: 10 }),
        ),
      ),
      heading(' '),
      text(t.kept(day(closing.keptUntil, data.language), closing.retentionYears), {
        fontWeight: 700,
      }),
      data.contact === null ? null : text(t.ask(data.contact.name)),
      text(t.greeting, { marginTop: 12 }),
      data.contact === null
        ? null
        : h(
            View,
            {},
            text(`${data.contact.name} — ${data.contact.organization}`),
            data.contact.phone === '' ? null : text(`☎ ${data.contact.phone}`),
            text(data.contact.email),
          ),
    ),
  );
  return renderToBuffer(doc);
}
