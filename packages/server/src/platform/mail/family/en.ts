import type { FamilyTexts } from './types.ts';

export const en: FamilyTexts = {
  language: 'en',
  dateLocale: 'en-GB',
  reviewedByNativeSpeaker: true,
  invitation: {
    subject: 'Your family plan in Omringd',
    email: (v) =>
      `Hello ${v.name},\n\n${v.coordinator} of ${v.organization} invites you to read your family plan and to write in it yourself.\nOpen this link and choose a password:\n\n${v.link}\n\nThe link works once and until ${v.until}. Questions? Ask ${v.coordinator}.\n`,
    text: (v) =>
      `Hello ${v.name}, ${v.coordinator} invites you to Omringd, to read your family plan and write in it. Open ${v.link} (until ${v.until}).`,
  },
  supporterInvitation: {
    subject: 'You are asked to help, in Omringd',
    email: (v) =>
      `Hello ${v.name},\n\n${v.coordinator} asks you to help their family. In Omringd you will see the agreements you have a part in and the next meeting you are invited to; nothing else of the family's file.\nOpen this link and choose a password:\n\n${v.link}\n\nThe link works once and until ${v.until}.\n`,
  },
  signInCode: {
    subject: 'Your code for Omringd',
    email: (v) =>
      `Hello ${v.name},\n\nYour code to sign in to Omringd is:\n\n${v.code}\n\nIt works once, for 10 minutes. Did you not try to sign in? Then you can ignore this e-mail; tell your contact person if it happens again.\n`,
    text: (code) =>
      `${code} is your code for Omringd. It works once, for 10 minutes. Did you not try to sign in? Tell your contact person.`,
  },
  notice: {
    email: (v) => `Hello ${v.name},\n\n${v.news}. Sign in to Omringd to see what it is.\n`,
    text: (news) => `Omringd: ${news}. Sign in to see what it is.`,
  },
  notices: {
    contact_message: {
      subject: 'Omringd: a message from your contact person',
      news: 'Your contact person wrote you a message. Read it in Omringd, under Our family',
    },
    visit_decided: {
      subject: 'Omringd: news about your home visit',
      news: 'Your contact person answered your request for a home visit. Look in Omringd, under Our family',
    },
    visit_reminder: {
      subject: 'Omringd: a home visit tomorrow',
      news: 'Your contact person visits you at home tomorrow',
    },
  },
};
