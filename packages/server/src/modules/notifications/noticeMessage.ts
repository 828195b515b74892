/**
 * What one person is sent for a notice: the subject and text of its e-mail, or its text message.
 * A family's notices speak the family's language (any of the portal's); a professional's speak
 * Dutch or English. Never the family's details: the kind of news and at most a moment.
 */
import { mailLanguage, type Language } from '@omringd/core';
import {
  familyNoticeKinds,
  familyTextsIn,
  visitMomentIn,
  type FamilyNoticeKind,
} from '../../platform/mail/family/index.ts';
import { bodies, subjects, type NoticeKind } from './texts.ts';

const isFamilyNotice = (kind: NoticeKind): kind is FamilyNoticeKind =>
  (familyNoticeKinds as readonly string[]).includes(kind);

export type NoticeMessage = { subject: string; email: string; text: string };

export function noticeMessage(
  kind: NoticeKind,
  params: Record<string, unknown>,
  person: { displayName: string; locale: Language },
): NoticeMessage {
  if (isFamilyNotice(kind)) {
    const texts = familyTextsIn(person.locale);
    // A moment (a visit's) is written the reader's way, in Brussels time.
    const when =
      typeof params.startsAt === 'string'
        ? ` (${visitMomentIn(texts, new Date(params.startsAt))})`
        : '';
    const news = `${texts.notices[kind].news}${when}`;
    return {
      subject: texts.notices[kind].subject,
      email: texts.notice.email({ name: person.displayName, news }),
      text: texts.notice.text(news),
    };
  }
  // The deadline or programme a notice is about, in brackets; nothing about the family.
  const about = typeof params.deadline === 'string' ? ` (${params.deadline})` : '';
  if (mailLanguage(person.locale) === 'en')
    return {
      subject: subjects[kind].en,
      email: `Hello ${person.displayName},\n\n${bodies[kind].en}${about}. Sign in to Omringd to see what it is.\n`,
      text: `Omringd: ${bodies[kind].en}${about}. Sign in to see what it is.`,
    };
  return {
    subject: subjects[kind].nl,
    email: `Dag ${person.displayName},\n\n${bodies[kind].nl}${about}. Meld je aan in Omringd om te zien wat er is.\n`,
    text: `Omringd: ${bodies[kind].nl}${about}. Meld je aan om te zien wat er is.`,
  };
}
