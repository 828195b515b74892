import type { FamilyTexts } from './types.ts';

export const nl: FamilyTexts = {
  language: 'nl',
  dateLocale: 'nl-BE',
  reviewedByNativeSpeaker: true,
  invitation: {
    subject: 'Jullie gezinsplan in Omringd',
    email: (v) =>
      `Dag ${v.name},\n\n${v.coordinator} van ${v.organization} nodigt je uit om jullie gezinsplan te lezen en er zelf in te schrijven.\nOpen deze link en kies een wachtwoord:\n\n${v.link}\n\nDe link werkt één keer en tot ${v.until}. Vragen? Vraag het aan ${v.coordinator}.\n`,
    text: (v) =>
      `Dag ${v.name}, ${v.coordinator} nodigt je uit in Omringd, om jullie gezinsplan te lezen en mee te schrijven. Open ${v.link} (tot ${v.until}).`,
  },
  supporterInvitation: {
    subject: 'Je wordt gevraagd om te helpen, in Omringd',
    email: (v) =>
      `Dag ${v.name},\n\n${v.coordinator} vraagt je om hun gezin te helpen. In Omringd zie je de afspraken waarin jij een rol hebt en de volgende afspraak waarop je uitgenodigd bent; verder niets uit het dossier van het gezin.\nOpen deze link en kies een wachtwoord:\n\n${v.link}\n\nDe link werkt één keer en tot ${v.until}.\n`,
  },
  signInCode: {
    subject: 'Je code voor Omringd',
    email: (v) =>
      `Dag ${v.name},\n\nJe code om in Omringd aan te melden is:\n\n${v.code}\n\nDe code werkt één keer, 10 minuten lang. Probeerde jij niet aan te melden? Dan mag je deze e-mail negeren; zeg het aan je contactpersoon als het nog eens gebeurt.\n`,
    text: (code) =>
      `${code} is je code voor Omringd. Hij werkt één keer, 10 minuten lang. Probeerde jij niet aan te melden? Zeg het aan je contactpersoon.`,
  },
  notice: {
    email: (v) => `Dag ${v.name},\n\n${v.news}. Meld je aan in Omringd om te zien wat er is.\n`,
    text: (news) => `Omringd: ${news}. Meld je aan om te zien wat er is.`,
  },
  notices: {
    contact_message: {
      subject: 'Omringd: een bericht van jullie contactpersoon',
      news: 'Jullie contactpersoon schreef jullie een bericht. Lees het in Omringd, bij Ons gezin',
    },
    visit_decided: {
      subject: 'Omringd: nieuws over jullie huisbezoek',
      news: 'Jullie contactpersoon antwoordde op jullie vraag voor een huisbezoek. Kijk in Omringd, bij Ons gezin',
    },
    visit_reminder: {
      subject: 'Omringd: morgen een huisbezoek',
      news: 'Jullie contactpersoon komt morgen bij jullie thuis',
    },
  },
};
