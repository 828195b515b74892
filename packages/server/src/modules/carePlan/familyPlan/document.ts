/**
 * The family plan on paper, drawn with @react-pdf/renderer on the server (no browser): plain
 * words, an icon per life domain, large phone numbers; right to left for Arabic (react-pdf lays
 * out bidirectional text). The fonts are IBM Plex Sans Arabic and Noto Sans (both OFL): Noto Sans
 * Arabic is not used because it draws the dots of letters as separate glyphs, which copy and text
 * extraction lose (decision 31).
 */
import { createElement as h, type ReactElement } from 'react';
import {
  Document,
  Page,
  Path,
  Svg,
  Text,
  View,
  renderToBuffer,
  type DocumentProps,
} from '@react-pdf/renderer';
import type { LifeDomainKey } from '@omringd/core';
import { domainIcons } from './icons.ts';
import { brand, ink, registerFonts } from './pdfFonts.ts';
import { texts } from './texts.ts';
import type { FamilyPlanData } from './familyPlanData.ts';

export async function familyPlanPdf(data: FamilyPlanData): Promise<Buffer> {
  registerFonts();
  const t = texts[data.language];
  const rtl = data.language === 'ar';
  const align = rtl ? ('right' as const) : ('left' as const);
  const row = rtl ? ('row-reverse' as const) : ('row' as const);
  const text = (content: string, style: Record<string, unknown> = {}) =>
    h(Text, { style: { textAlign: align, marginBottom: 4, ...style } }, content);
  const heading = (content: string) =>
    text(content, { fontSize: 15, fontWeight: 700, color: brand, marginTop: 14, marginBottom: 6 });
  const icons = domainIcons();
  const icon = (domain: LifeDomainKey) =>
    h(
      View,
      {
        key: domain,
        style: { flexDirection: row, alignItems: 'center', marginRight: 8, marginLeft: 8 },
      },
      h(
        Svg,
        { width: 18, height: 18, viewBox: '0 0 24 24' },
        ...icons[domain].map((d, i) =>
          h(Path, {
            key: String(i),
            d,
            stroke: brand,
            strokeWidth: 2,
            fill: 'none',
            strokeLinecap: 'round',
            strokeLinejoin: 'round',
          }),
        ),
      ),
      h(Text, { style: { marginLeft: 3, marginRight: 3, fontSize: 10 } }, t.domains[domain]),
    );
  const goals = data.goals.map((goal, i) =>
    h(
      View,
      {
        key: `goal-${String(i)}`,
        wrap: false,
        style: { border: `1pt solid ${brand}`, borderRadius: 4, padding: 8, marginBottom: 8 },
      },
      goal.domains.length === 0
        ? null
        : h(
            View,
            { style: { flexDirection: row, flexWrap: 'wrap', marginBottom: 4 } },
            ...goal.domains.map(icon),
          ),
      text(`${String(i + 1)}. ${goal.text}`, { fontWeight: 700, fontSize: 13 }),
      goal.ourWords ? text(`(${t.ourWords})`, { fontSize: 10 }) : null,
      ...goal.actions.map((a, j) =>
        h(
          View,
          { key: `action-${String(j)}`, style: { marginTop: 4 } },
          text(`• ${a.what}`),
          text(`${t.who}: ${a.who} — ${t.by}: ${a.by}`, { fontSize: 10 }),
        ),
      ),
    ),
  );
  const doc: ReactElement<DocumentProps> = h(
    Document,
    { title: t.title, language: data.language, author: 'Omringd' },
    h(
      Page,
      {
        size: 'A4',
        style: {
          padding: 40,
          fontSize: 12,
          lineHeight: 1.4,
          color: ink,
          fontFamily: rtl ? ['Arabic', 'Latin'] : ['Latin', 'Arabic'],
        },
      },
      text(t.title, { fontSize: 22, fontWeight: 700, color: brand }),
      text(t.intro(data.familyName)),
      heading(t.goals),
      ...goals,
      data.now === '' ? null : heading(t.nowPlan),
      data.now === '' ? null : text(data.now),
      data.ifNot === '' ? null : text(`${t.ifNot}: ${data.ifNot}`, { fontSize: 11 }),
      heading(t.nextMeeting),
      data.nextMeeting === null
        ? text(t.noMeeting)
        : text(`${data.nextMeeting.when} — ${data.nextMeeting.where}`),
      data.nextEvaluation === null ? null : text(`${t.nextEvaluation} ${data.nextEvaluation}.`),
      heading(t.contact),
      data.contact === null
        ? null
        : h(
            View,
            {},
            text(`${data.contact.name} — ${data.contact.organization}`, { fontWeight: 700 }),
            data.contact.phone === '' ? null : text(`☎ ${data.contact.phone}`, { fontSize: 16 }),
            text(data.contact.email),
          ),
      data.around.length === 0 ? null : heading(t.around),
      ...data.around.map((p, i) =>
        h(
          View,
          {
            key: `around-${String(i)}`,
            style: { flexDirection: row, justifyContent: 'space-between' },
          },
          text(p.about === '' ? p.name : `${p.name} (${p.about})`),
          text(p.phone, { fontWeight: 700 }),
        ),
      ),
      text(t.printed(data.printedOn), { fontSize: 9, marginTop: 16, color: '#4a5560' }),
    ),
  );
  return renderToBuffer(doc);
}
