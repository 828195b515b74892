/**
 * What Omringd sends a family or a supporter, in each of the portal's languages: the invitation,
 * the sign-in code and the notices that are theirs, by e-mail and by text message. Staff e-mails
 * stay in Dutch and English (messages.ts). Plain language (B1), short sentences, no jargon.
 */
import type { Language } from '@omringd/core';

/** The notices a family receives (the others go to professionals only). */
export const familyNoticeKinds = ['contact_message', 'visit_decided', 'visit_reminder'] as const;
export type FamilyNoticeKind = (typeof familyNoticeKinds)[number];

type Invitation = {
  name: string;
  coordinator: string;
  organization: string;
  link: string;
  until: string;
};

export type FamilyTexts = {
  language: Language;
  /** The BCP 47 tag the moments in these texts are written with. */
  dateLocale: string;
  /** Whether a native speaker has reviewed these texts (as the portal's locale file says). */
  reviewedByNativeSpeaker: boolean;
  invitation: {
    subject: string;
    email: (v: Invitation) => string;
    /** The text message: who invites, the link, until which day. */
    text: (v: Omit<Invitation, 'organization'>) => string;
  };
  supporterInvitation: { subject: string; email: (v: Omit<Invitation, 'organization'>) => string };
  /** The code first in the text message: phones show it in the notification. */
  signInCode: {
    subject: string;
    email: (v: { name: string; code: string }) => string;
    text: (code: string) => string;
  };
  /** A notice's news, by e-mail with a greeting, or as one short text message. */
  notice: { email: (v: { name: string; news: string }) => string; text: (news: string) => string };
  notices: Record<FamilyNoticeKind, { subject: string; news: string }>;
};
