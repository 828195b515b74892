import type { FamilyTexts } from './types.ts';

export const uk: FamilyTexts = {
  language: 'uk',
  dateLocale: 'uk-UA',
  reviewedByNativeSpeaker: false,
  invitation: {
    subject: 'Ваш сімейний план в Omringd',
    email: (v) =>
      `Вітаємо, ${v.name}!\n\n${v.coordinator} (${v.organization}) запрошує вас прочитати ваш сімейний план і писати в ньому самим.\nВідкрийте це посилання та виберіть пароль:\n\n${v.link}\n\nПосилання працює один раз і до ${v.until}. Маєте запитання? Запитайте: ${v.coordinator}.\n`,
    text: (v) =>
      `Вітаємо, ${v.name}! ${v.coordinator} запрошує вас до Omringd, щоб читати ваш сімейний план і писати в ньому. Відкрийте ${v.link} (до ${v.until}).`,
  },
  supporterInvitation: {
    subject: 'Вас просять допомогти, в Omringd',
    email: (v) =>
      `Вітаємо, ${v.name}!\n\n${v.coordinator} просить вас допомогти своїй сім'ї. В Omringd ви побачите домовленості, у яких ви маєте роль, і наступну зустріч, на яку вас запрошено; нічого іншого зі справи сім'ї.\nВідкрийте це посилання та виберіть пароль:\n\n${v.link}\n\nПосилання працює один раз і до ${v.until}.\n`,
  },
  signInCode: {
    subject: 'Ваш код для Omringd',
    email: (v) =>
      `Вітаємо, ${v.name}!\n\nВаш код для входу в Omringd:\n\n${v.code}\n\nКод працює один раз, 10 хвилин. Ви не намагалися увійти? Тоді не зважайте на цей лист; якщо це повториться, скажіть своїй контактній особі.\n`,
    text: (code) =>
      `${code} — ваш код для Omringd. Працює один раз, 10 хвилин. Це були не ви? Скажіть своїй контактній особі.`,
  },
  notice: {
    email: (v) =>
      `Вітаємо, ${v.name}!\n\n${v.news}. Увійдіть в Omringd, щоб побачити, що сталося.\n`,
    text: (news) => `Omringd: ${news}. Увійдіть, щоб побачити, що сталося.`,
  },
  notices: {
    contact_message: {
      subject: 'Omringd: повідомлення від вашої контактної особи',
      news: `Ваша контактна особа написала вам повідомлення. Прочитайте його в Omringd, у розділі Наша сім'я`,
    },
    visit_decided: {
      subject: 'Omringd: новини про ваш візит додому',
      news: `Ваша контактна особа відповіла на ваш запит про візит додому. Подивіться в Omringd, у розділі Наша сім'я`,
    },
    visit_reminder: {
      subject: 'Omringd: завтра візит додому',
      news: 'Ваша контактна особа прийде до вас додому завтра',
    },
  },
};
