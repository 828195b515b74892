import type { FamilyTexts } from './types.ts';

export const pl: FamilyTexts = {
  language: 'pl',
  dateLocale: 'pl-PL',
  reviewedByNativeSpeaker: false,
  invitation: {
    subject: 'Wasz plan rodzinny w Omringd',
    email: (v) =>
      `Dzień dobry, ${v.name},\n\n${v.coordinator} (${v.organization}) zaprasza Cię do przeczytania Waszego planu rodzinnego i do pisania w nim.\nOtwórz ten link i wybierz hasło:\n\n${v.link}\n\nLink działa jeden raz i do ${v.until}. Masz pytania? Zapytaj: ${v.coordinator}.\n`,
    text: (v) =>
      `Dzień dobry, ${v.name}, ${v.coordinator} zaprasza Cię do Omringd, aby przeczytać Wasz plan rodzinny i w nim pisać. Otwórz ${v.link} (do ${v.until}).`,
  },
  supporterInvitation: {
    subject: 'Prośba o pomoc w Omringd',
    email: (v) =>
      `Dzień dobry, ${v.name},\n\n${v.coordinator} prosi Cię o pomoc dla swojej rodziny. W Omringd zobaczysz ustalenia, w których masz swoją rolę, i najbliższe spotkanie, na które Cię zaproszono; nic więcej z teczki rodziny.\nOtwórz ten link i wybierz hasło:\n\n${v.link}\n\nLink działa jeden raz i do ${v.until}.\n`,
  },
  signInCode: {
    subject: 'Twój kod do Omringd',
    email: (v) =>
      `Dzień dobry, ${v.name},\n\nTwój kod do zalogowania się w Omringd to:\n\n${v.code}\n\nKod działa jeden raz, przez 10 minut. Nie próbujesz się zalogować? Zignoruj tego e-maila; jeśli to się powtórzy, powiedz o tym swojej osobie kontaktowej.\n`,
    text: (code) =>
      `${code} to Twój kod do Omringd. Działa jeden raz, przez 10 minut. To nie Ty? Powiedz o tym swojej osobie kontaktowej.`,
  },
  notice: {
    email: (v) =>
      `Dzień dobry, ${v.name},\n\n${v.news}. Zaloguj się w Omringd, aby zobaczyć, o co chodzi.\n`,
    text: (news) => `Omringd: ${news}. Zaloguj się, aby zobaczyć, o co chodzi.`,
  },
  notices: {
    contact_message: {
      subject: 'Omringd: wiadomość od Waszej osoby kontaktowej',
      news: 'Wasza osoba kontaktowa napisała do Was wiadomość. Przeczytajcie ją w Omringd, w części Nasza rodzina',
    },
    visit_decided: {
      subject: 'Omringd: wiadomość o Waszej wizycie domowej',
      news: 'Wasza osoba kontaktowa odpowiedziała na Waszą prośbę o wizytę domową. Zajrzyjcie do Omringd, do części Nasza rodzina',
    },
    visit_reminder: {
      subject: 'Omringd: jutro wizyta domowa',
      news: 'Wasza osoba kontaktowa odwiedzi Was jutro w domu',
    },
  },
};
