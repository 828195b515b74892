/**
 * The invitation e-mail: for a parent in plain language (B1), in their language where a
 * translation exists (Dutch, English, French, Arabic); for professionals short and without family
 * data (the case is in Omringd). The moment in Brussels time, in the reader's language.
 */
import type { MeetingContent, Participant } from '@omringd/core';
import { placeInWords } from './calendar.ts';
import { momentInWords } from '../../platform/momentInWords.ts';

type Language = Participant['language'];

const locales: Record<Language, string> = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE', ar: 'ar' };

function moment(content: MeetingContent, language: Language): string {
  return momentInWords(new Date(content.startsAt), locales[language]);
}

type Texts = {
  subject: string;
  body: (when: string, where: string, who: string, coordinator: string) => string;
};

const forParents: Record<Language, { invite: Texts; change: Texts; cancel: Texts }> = {
  nl: {
    invite: {
      subject: 'Uitnodiging: zorgtafel',
      body: (when, where, who, coordinator) =>
        `Dag ${who},\n\nWe komen samen om te praten over wat jullie gezin nodig heeft. Jullie beslissen mee.\n\nWanneer: ${when}\nWaar: ${where}\n\nKun je niet? Bel of mail ${coordinator}. Dan zoeken we samen een ander moment.\n\nIn de bijlage zit de afspraak voor je agenda.`,
    },
    change: {
      subject: 'De zorgtafel is veranderd',
      body: (when, where, who, coordinator) =>
        `Dag ${who},\n\nDe zorgtafel is veranderd. Dit is het nieuwe moment:\n\nWanneer: ${when}\nWaar: ${where}\n\nVragen? Bel of mail ${coordinator}.`,
    },
    cancel: {
      subject: 'De zorgtafel gaat niet door',
      body: (when, _where, who, coordinator) =>
        `Dag ${who},\n\nDe zorgtafel van ${when} gaat niet door. ${coordinator} neemt contact met je op.`,
    },
  },
  en: {
    invite: {
      subject: 'Invitation: care table',
      body: (when, where, who, coordinator) =>
        `Hello ${who},\n\nWe meet to talk about what your family needs. You decide with us.\n\nWhen: ${when}\nWhere: ${where}\n\nCannot come? Call or e-mail ${coordinator}. We will find another moment together.\n\nThe appointment for your calendar is attached.`,
    },
    change: {
      subject: 'The care table has changed',
      body: (when, where, who, coordinator) =>
        `Hello ${who},\n\nThe care table has changed. This is the new moment:\n\nWhen: ${when}\nWhere: ${where}\n\nQuestions? Call or e-mail ${coordinator}.`,
    },
    cancel: {
      subject: 'The care table is cancelled',
      body: (when, _where, who, coordinator) =>
        `Hello ${who},\n\nThe care table of ${when} is cancelled. ${coordinator} will contact you.`,
    },
  },
  fr: {
    invite: {
      subject: 'Invitation : table de concertation',
      body: (when, where, who, coordinator) =>
        `Bonjour ${who},\n\nNous nous réunissons pour parler de ce dont votre famille a besoin. Vous décidez avec nous.\n\nQuand : ${when}\nOù : ${where}\n\nVous ne pouvez pas venir ? Appelez ou écrivez à ${coordinator}. Nous chercherons ensemble un autre moment.\n\nLe rendez-vous pour votre agenda est en pièce jointe.`,
    },
    change: {
      subject: 'La table de concertation a changé',
      body: (when, where, who, coordinator) =>
        `Bonjour ${who},\n\nLa table de concertation a changé. Voici le nouveau moment :\n\nQuand : ${when}\nOù : ${where}\n\nDes questions ? Appelez ou écrivez à ${coordinator}.`,
    },
    cancel: {
      subject: 'La table de concertation est annulée',
      body: (when, _where, who, coordinator) =>
        `Bonjour ${who},\n\nLa table de concertation du ${when} est annulée. ${coordinator} vous contactera.`,
    },
  },
  ar: {
    invite: {
      subject: 'دعوة: اجتماع الرعاية',
      body: (when, where, who, coordinator) =>
        `مرحبًا ${who}،\n\nنجتمع لنتحدث عمّا تحتاجه عائلتكم. أنتم تقررون معنا.\n\nمتى: ${when}\nأين: ${where}\n\nلا تستطيع الحضور؟ اتصل أو راسل ${coordinator}. سنبحث معًا عن موعد آخر.\n\nالموعد لمفكرتك في المرفق.`,
    },
    change: {
      subject: 'تغيّر موعد اجتماع الرعاية',
      body: (when, where, who, coordinator) =>
        `مرحبًا ${who}،\n\nتغيّر اجتماع الرعاية. هذا هو الموعد الجديد:\n\nمتى: ${when}\nأين: ${where}\n\nأسئلة؟ اتصل أو راسل ${coordinator}.`,
    },
    cancel: {
      subject: 'أُلغي اجتماع الرعاية',
      body: (when, _where, who, coordinator) =>
        `مرحبًا ${who}،\n\nأُلغي اجتماع الرعاية في ${when}. سيتصل بك ${coordinator}.`,
    },
  },
};

const forProfessionals = {
  invite: { subject: 'Uitnodiging: zorgtafel', lead: 'Je bent uitgenodigd op een zorgtafel.' },
  change: {
    subject: 'Gewijzigd: zorgtafel',
    lead: 'Een zorgtafel waarop je bent uitgenodigd, is gewijzigd.',
  },
  cancel: {
    subject: 'Geannuleerd: zorgtafel',
    lead: 'Een zorgtafel waarop je was uitgenodigd, gaat niet door.',
  },
};

export type InvitationKind = 'invite' | 'change' | 'cancel';

export function invitationText(
  kind: InvitationKind,
  content: MeetingContent,
  to: Participant,
  coordinator: string,
  caseUrl: string,
): { subject: string; text: string } {
  if (to.kind === 'parent') {
    const texts = forParents[to.language][kind];
    return {
      subject: texts.subject,
      text: texts.body(
        moment(content, to.language),
        placeInWords(content, 'family'),
        to.name,
        coordinator,
      ),
    };
  }
  const texts = forProfessionals[kind];
  // Someone of the family's network cannot open the file: the place in words, no link into it.
  const network = to.kind === 'network';
  return {
    subject: texts.subject,
    text: `${texts.lead}\n\nWanneer: ${moment(content, 'nl')}\nWaar: ${placeInWords(content, network ? 'network' : 'team')}\nContactpersoon: ${coordinator}${network ? '' : `\n\nMeer in Omringd: ${caseUrl}`}`,
  };
}
