import type { FamilyTexts } from './types.ts';

export const fr: FamilyTexts = {
  language: 'fr',
  dateLocale: 'fr-BE',
  reviewedByNativeSpeaker: false,
  invitation: {
    subject: 'Votre plan familial dans Omringd',
    email: (v) =>
      `Bonjour ${v.name},\n\n${v.coordinator} de ${v.organization} vous invite à lire votre plan familial et à y écrire vous-même.\nOuvrez ce lien et choisissez un mot de passe :\n\n${v.link}\n\nLe lien fonctionne une seule fois, jusqu’au ${v.until}. Des questions ? Demandez à ${v.coordinator}.\n`,
    text: (v) =>
      `Bonjour ${v.name}, ${v.coordinator} vous invite dans Omringd, pour lire votre plan familial et y écrire. Ouvrez ${v.link} (jusqu’au ${v.until}).`,
  },
  supporterInvitation: {
    subject: 'On vous demande d’aider, dans Omringd',
    email: (v) =>
      `Bonjour ${v.name},\n\n${v.coordinator} vous demande d’aider sa famille. Dans Omringd, vous verrez les accords où vous avez un rôle et la prochaine réunion à laquelle vous êtes invité ; rien d’autre du dossier de la famille.\nOuvrez ce lien et choisissez un mot de passe :\n\n${v.link}\n\nLe lien fonctionne une seule fois, jusqu’au ${v.until}.\n`,
  },
  signInCode: {
    subject: 'Votre code pour Omringd',
    email: (v) =>
      `Bonjour ${v.name},\n\nVotre code pour vous connecter à Omringd est :\n\n${v.code}\n\nIl fonctionne une seule fois, pendant 10 minutes. Vous n’avez pas essayé de vous connecter ? Alors ignorez cet e-mail ; dites-le à votre personne de contact si cela se reproduit.\n`,
    text: (code) =>
      `${code} est votre code pour Omringd. Il fonctionne une fois, pendant 10 minutes. Ce n’était pas vous ? Dites-le à votre personne de contact.`,
  },
  notice: {
    email: (v) =>
      `Bonjour ${v.name},\n\n${v.news}. Connectez-vous à Omringd pour voir de quoi il s’agit.\n`,
    text: (news) => `Omringd : ${news}. Connectez-vous pour voir de quoi il s’agit.`,
  },
  notices: {
    contact_message: {
      subject: 'Omringd : un message de votre personne de contact',
      news: 'Votre personne de contact vous a écrit un message. Lisez-le dans Omringd, sous Notre famille',
    },
    visit_decided: {
      subject: 'Omringd : des nouvelles de votre visite à domicile',
      news: 'Votre personne de contact a répondu à votre demande de visite à domicile. Regardez dans Omringd, sous Notre famille',
    },
    visit_reminder: {
      subject: 'Omringd : une visite à domicile demain',
      news: 'Votre personne de contact vient chez vous demain',
    },
  },
};
