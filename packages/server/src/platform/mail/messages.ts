/**
 * The texts of the e-mails we send, in the recipient's language (Dutch first, with "je" as in the
 * app). A family's own messages come in each of the portal's languages (family/).
 */
import type { Language } from '@omringd/core';
import { dayIn, familyTextsIn, momentIn } from './family/index.ts';

/** Until when a link works, in Brussels time and the reader's language. */
function untilText(expiresAt: Date, locale: 'nl' | 'en'): string {
  return expiresAt.toLocaleString(locale === 'nl' ? 'nl-BE' : 'en-GB', {
    timeZone: 'Europe/Brussels',
    dateStyle: 'long',
    timeStyle: 'short',
  });
}

export function invitationEmail(input: {
  locale: 'nl' | 'en';
  name: string;
  organization: string;
  link: string;
  expiresAt: Date;
}) {
  const until = untilText(input.expiresAt, input.locale);
  if (input.locale === 'en')
    return {
      subject: 'Your invitation to Omringd',
      text: `Hello ${input.name},\n\nYou have been invited to Omringd for ${input.organization}.\nOpen this link to choose your password and set up your authentication app:\n\n${input.link}\n\nThe link works once and until ${until}. If you did not expect this e-mail, you can ignore it.\n`,
    };
  return {
    subject: 'Je uitnodiging voor Omringd',
    text: `Dag ${input.name},\n\nJe bent uitgenodigd voor Omringd, voor ${input.organization}.\nOpen deze link om je wachtwoord te kiezen en je authenticatie-app in te stellen:\n\n${input.link}\n\nDe link werkt één keer en tot ${until}. Verwachtte je deze e-mail niet? Dan mag je hem negeren.\n`,
  };
}

export function breakGlassEmail(input: {
  locale: 'nl' | 'en';
  by: string;
  reason: string;
  link: string;
}) {
  if (input.locale === 'en')
    return {
      subject: 'Omringd: emergency access to your case',
      text: `${input.by} opened one of your cases with emergency access (break-the-glass).\nReason given: ${input.reason}\n\nSee who looked at the file: ${input.link}\n`,
    };
  return {
    subject: 'Omringd: noodtoegang tot je dossier',
    text: `${input.by} opende een van je dossiers met noodtoegang (break-the-glass).\nOpgegeven reden: ${input.reason}\n\nBekijk wie het dossier inkeek: ${input.link}\n`,
  };
}

/** A parent's invitation to the family portal, in the language chosen for them. */
export function familyInvitationEmail(input: {
  locale: Language;
  name: string;
  coordinator: string;
  organization: string;
  link: string;
  expiresAt: Date;
}) {
  const texts = familyTextsIn(input.locale);
  return {
    subject: texts.invitation.subject,
    text: texts.invitation.email({ ...input, until: momentIn(texts, input.expiresAt) }),
  };
}

/**
 * A supporter's invitation, sent for the parent who invites them: what they will see (only
 * their own part), never what the family's file holds.
 */
export function supporterInvitationEmail(input: {
  locale: Language;
  name: string;
  coordinator: string;
  link: string;
  expiresAt: Date;
}) {
  const texts = familyTextsIn(input.locale);
  return {
    subject: texts.supporterInvitation.subject,
    text: texts.supporterInvitation.email({ ...input, until: momentIn(texts, input.expiresAt) }),
  };
}

/** The code as a text message: short, the code first (phones show it in the notification). */
export function signInCodeText(input: { locale: Language; code: string }): string {
  return familyTextsIn(input.locale).signInCode.text(input.code);
}

/** A family's invitation as a text message: who invites, the link, until which day. */
export function familyInvitationText(input: {
  locale: Language;
  name: string;
  coordinator: string;
  link: string;
  expiresAt: Date;
}): string {
  const texts = familyTextsIn(input.locale);
  return texts.invitation.text({ ...input, until: dayIn(texts, input.expiresAt) });
}

/**
 * A parent's sign-in code, and what to do if it was not them. Not in the subject: the outbox keeps
 * subjects, and bodies only without the code.
 */
export function signInCodeEmail(input: { locale: Language; name: string; code: string }) {
  const texts = familyTextsIn(input.locale);
  return { subject: texts.signInCode.subject, text: texts.signInCode.email(input) };
}
