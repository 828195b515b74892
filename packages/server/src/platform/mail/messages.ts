/** The texts of the e-mails we send, in the recipient's language (Dutch first, with "je" as in the app). */

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

/** A parent's invitation to the family portal: short sentences, no jargon (B1). */
export function familyInvitationEmail(input: {
  locale: 'nl' | 'en';
  name: string;
  coordinator: string;
  organization: string;
  link: string;
  expiresAt: Date;
}) {
  const until = untilText(input.expiresAt, input.locale);
  if (input.locale === 'en')
    return {
      subject: 'Your family plan in Omringd',
      text: `Hello ${input.name},\n\n${input.coordinator} of ${input.organization} invites you to read your family plan and to write in it yourself.\nOpen this link and choose a password:\n\n${input.link}\n\nThe link works once and until ${until}. Questions? Ask ${input.coordinator}.\n`,
    };
  return {
    subject: 'Jullie gezinsplan in Omringd',
    text: `Dag ${input.name},\n\n${input.coordinator} van ${input.organization} nodigt je uit om jullie gezinsplan te lezen en er zelf in te schrijven.\nOpen deze link en kies een wachtwoord:\n\n${input.link}\n\nDe link werkt één keer en tot ${until}. Vragen? Vraag het aan ${input.coordinator}.\n`,
  };
}

/**
 * A supporter's invitation, sent for the parent who invites them: what they will see (only
 * their own part), never what the family's file holds.
 */
export function supporterInvitationEmail(input: {
  locale: 'nl' | 'en';
  name: string;
  coordinator: string;
  organization: string;
  link: string;
  expiresAt: Date;
}) {
  const until = untilText(input.expiresAt, input.locale);
  if (input.locale === 'en')
    return {
      subject: 'You are asked to help, in Omringd',
      text: `Hello ${input.name},\n\n${input.coordinator} asks you to help their family. In Omringd you will see the agreements you have a part in and the next meeting you are invited to; nothing else of the family's file.\nOpen this link and choose a password:\n\n${input.link}\n\nThe link works once and until ${until}.\n`,
    };
  return {
    subject: 'Je wordt gevraagd om te helpen, in Omringd',
    text: `Dag ${input.name},\n\n${input.coordinator} vraagt je om hun gezin te helpen. In Omringd zie je de afspraken waarin jij een rol hebt en de volgende afspraak waarop je uitgenodigd bent; verder niets uit het dossier van het gezin.\nOpen deze link en kies een wachtwoord:\n\n${input.link}\n\nDe link werkt één keer en tot ${until}.\n`,
  };
}

/**
 * A parent's sign-in code, and what to do if it was not them. Not in the subject: the outbox keeps
 * subjects, and bodies only without the code.
 */
/** The code as a text message: short, the code first (phones show it in the notification). */
export function signInCodeText(input: { locale: 'nl' | 'en'; code: string }): string {
  return input.locale === 'en'
    ? `${input.code} is your code for Omringd. It works once, for 10 minutes. Did you not try to sign in? Tell your contact person.`
    : `${input.code} is je code voor Omringd. Hij werkt één keer, 10 minuten lang. Probeerde jij niet aan te melden? Zeg het aan je contactpersoon.`;
}

/** A family's invitation as a text message: who invites, the link, until when. */
export function familyInvitationText(input: {
  locale: 'nl' | 'en';
  name: string;
  coordinator: string;
  link: string;
  expiresAt: Date;
}): string {
  const until = input.expiresAt.toLocaleDateString(input.locale === 'en' ? 'en-GB' : 'nl-BE', {
    timeZone: 'Europe/Brussels',
    day: 'numeric',
    month: 'long',
  });
  return input.locale === 'en'
    ? `Hello ${input.name}, ${input.coordinator} invites you to Omringd, to read your family plan and write in it. Open ${input.link} (until ${until}).`
    : `Dag ${input.name}, ${input.coordinator} nodigt je uit in Omringd, om jullie gezinsplan te lezen en mee te schrijven. Open ${input.link} (tot ${until}).`;
}

export function signInCodeEmail(input: { locale: 'nl' | 'en'; name: string; code: string }) {
  if (input.locale === 'en')
    return {
      subject: 'Your code for Omringd',
      text: `Hello ${input.name},\n\nYour code to sign in to Omringd is:\n\n${input.code}\n\nIt works once, for 10 minutes. Did you not try to sign in? Then you can ignore this e-mail; tell your contact person if it happens again.\n`,
    };
  return {
    subject: 'Je code voor Omringd',
    text: `Dag ${input.name},\n\nJe code om in Omringd aan te melden is:\n\n${input.code}\n\nDe code werkt één keer, 10 minuten lang. Probeerde jij niet aan te melden? Dan mag je deze e-mail negeren; zeg het aan je contactpersoon als het nog eens gebeurt.\n`,
  };
}
