import type { FamilyTexts } from './types.ts';

export const tr: FamilyTexts = {
  language: 'tr',
  dateLocale: 'tr-TR',
  reviewedByNativeSpeaker: false,
  invitation: {
    subject: 'Omringd’de aile planınız',
    email: (v) =>
      `Merhaba ${v.name},\n\n${v.coordinator} (${v.organization}) sizi aile planınızı okumaya ve ona kendiniz yazmaya davet ediyor.\nBu bağlantıyı açın ve bir şifre seçin:\n\n${v.link}\n\nBağlantı bir kez ve şu tarihe kadar çalışır: ${v.until}. Sorunuz mu var? Sorun: ${v.coordinator}.\n`,
    text: (v) =>
      `Merhaba ${v.name}, ${v.coordinator} sizi aile planınızı okumak ve ona yazmak için Omringd’e davet ediyor. Açın: ${v.link} (son gün: ${v.until}).`,
  },
  supporterInvitation: {
    subject: 'Omringd’de yardım etmeniz isteniyor',
    email: (v) =>
      `Merhaba ${v.name},\n\n${v.coordinator} ailesine yardım etmenizi istiyor. Omringd’de yalnızca rolünüz olan anlaşmaları ve davet edildiğiniz bir sonraki toplantıyı göreceksiniz; ailenin dosyasından başka hiçbir şey görmezsiniz.\nBu bağlantıyı açın ve bir şifre seçin:\n\n${v.link}\n\nBağlantı bir kez ve şu tarihe kadar çalışır: ${v.until}.\n`,
  },
  signInCode: {
    subject: 'Omringd kodunuz',
    email: (v) =>
      `Merhaba ${v.name},\n\nOmringd’e giriş kodunuz:\n\n${v.code}\n\nKod bir kez ve 10 dakika boyunca çalışır. Giriş yapmaya çalışmadınız mı? O zaman bu e-postayı dikkate almayın; tekrar olursa irtibat kişinize söyleyin.\n`,
    text: (code) =>
      `${code} Omringd kodunuzdur. Bir kez, 10 dakika boyunca çalışır. Giriş yapmaya çalışmadınız mı? İrtibat kişinize söyleyin.`,
  },
  notice: {
    email: (v) =>
      `Merhaba ${v.name},\n\n${v.news}. Ne olduğunu görmek için Omringd’e giriş yapın.\n`,
    text: (news) => `Omringd: ${news}. Ne olduğunu görmek için giriş yapın.`,
  },
  notices: {
    contact_message: {
      subject: 'Omringd: irtibat kişinizden bir mesaj',
      news: 'İrtibat kişiniz size bir mesaj yazdı. Omringd’de, Ailemiz bölümünde okuyun',
    },
    visit_decided: {
      subject: 'Omringd: ev ziyaretiniz hakkında haber',
      news: 'İrtibat kişiniz ev ziyareti isteğinize cevap verdi. Omringd’de, Ailemiz bölümüne bakın',
    },
    visit_reminder: {
      subject: 'Omringd: yarın bir ev ziyareti',
      news: 'İrtibat kişiniz yarın evinize geliyor',
    },
  },
};
