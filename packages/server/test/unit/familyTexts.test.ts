/**
 * A family's own messages in each of the portal's languages: every language writes the name, the
 * link, the moment and the code it is given (a text that drops the link leaves a parent with an
 * invitation they cannot open), says whether a native speaker reviewed it as the portal's locale
 * file does, and addresses a Dutch reader with "je".
 */
import { readFileSync } from 'node:fs';
import { languages } from '@omringd/core';
import { describe, expect, it } from 'vitest';
import {
  dayIn,
  familyNoticeKinds,
  familyTexts,
  momentIn,
  visitMomentIn,
} from '../../src/platform/mail/family/index.ts';
import {
  familyInvitationEmail,
  familyInvitationText,
  signInCodeEmail,
  signInCodeText,
  supporterInvitationEmail,
} from '../../src/platform/mail/messages.ts';
import { noticeMessage } from '../../src/modules/notifications/noticeMessage.ts';

const link = 'https://omringd.example/uitnodiging/Zx9_token';
const expiresAt = new Date('2026-12-11T13:00:00Z');
const localeFile = (language: string) =>
  new URL(
    language === 'nl' || language === 'en'
      ? `../../../web/src/locales/${language}.json`
      : `../../../web/src/locales/portal/${language}.json`,
    import.meta.url,
  );

describe.each(languages)('the family texts in %s', (language) => {
  const texts = familyTexts[language];

  it('are the ones of that language, reviewed as the portal says', () => {
    expect(texts.language).toBe(language);
    const meta = (
      JSON.parse(readFileSync(localeFile(language), 'utf8')) as {
        _meta?: { reviewedByNativeSpeaker?: boolean };
      }
    )._meta;
    expect(texts.reviewedByNativeSpeaker).toBe(meta?.reviewedByNativeSpeaker ?? true);
  });

  it('write the name, the link and until when in the invitations', () => {
    const input = { locale: language, name: 'Sanne', coordinator: 'Mira Claes', link, expiresAt };
    const email = familyInvitationEmail({ ...input, organization: 'Kind en Gezin' });
    const text = familyInvitationText(input);
    const supporter = supporterInvitationEmail(input);
    for (const body of [email.text, text, supporter.text]) {
      expect(body).toContain('Sanne');
      expect(body).toContain('Mira Claes');
      expect(body).toContain(link);
    }
    expect(email.text).toContain('Kind en Gezin');
    expect(email.text).toContain(momentIn(texts, expiresAt));
    expect(supporter.text).toContain(momentIn(texts, expiresAt));
    expect(text).toContain(dayIn(texts, expiresAt));
    // A text message stays within what a phone shows in a few screens.
    expect(text.length).toBeLessThan(320);
    expect(email.subject).not.toBe('');
  });

  it('write the code, and keep it out of the subject', () => {
    const email = signInCodeEmail({ locale: language, name: 'Sanne', code: '042917' });
    expect(email.text).toContain('042917');
    expect(email.subject).not.toContain('042917');
    expect(signInCodeText({ locale: language, code: '042917' })).toMatch(/^042917 /);
  });

  it('write each notice with the moment it is about, in Brussels time', () => {
    const startsAt = '2026-12-12T09:30:00Z';
    for (const kind of familyNoticeKinds) {
      const message = noticeMessage(kind, { startsAt }, { displayName: 'Sanne', locale: language });
      expect(message.email).toContain('Sanne');
      expect(message.email).toContain(texts.notices[kind].news);
      expect(message.text).toContain(visitMomentIn(texts, new Date(startsAt)));
      expect(message.subject).toMatch(/^Omringd/);
    }
    // 09:30 UTC is 10:30 in Brussels in December.
    expect(visitMomentIn(texts, new Date(startsAt))).toMatch(/10[:.]30|١٠:٣٠/);
  });
});

describe('the Dutch family texts', () => {
  it('say "je", never "u"', () => {
    const formal = /(^|[^\p{L}])(u|uw|U|Uw)(?=[^\p{L}]|$)/u;
    const input = { locale: 'nl' as const, name: 'An', coordinator: 'Bo', link, expiresAt };
    const all = [
      familyInvitationEmail({ ...input, organization: 'Kind en Gezin' }).text,
      familyInvitationText(input),
      supporterInvitationEmail(input).text,
      signInCodeEmail({ locale: 'nl', name: 'An', code: '1' }).text,
      signInCodeText({ locale: 'nl', code: '1' }),
      ...familyNoticeKinds.flatMap((k) => [
        familyTexts.nl.notices[k].subject,
        familyTexts.nl.notices[k].news,
      ]),
    ];
    expect(all.filter((s) => formal.test(s))).toEqual([]);
  });

  it('are given to a professional in Dutch or English only', () => {
    const staff = noticeMessage('referral_received', {}, { displayName: 'Bo', locale: 'fr' });
    expect(staff.email).toMatch(/^Dag Bo/);
  });
});
