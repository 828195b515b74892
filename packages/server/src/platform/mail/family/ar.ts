import type { FamilyTexts } from './types.ts';

export const ar: FamilyTexts = {
  language: 'ar',
  dateLocale: 'ar',
  reviewedByNativeSpeaker: false,
  invitation: {
    subject: 'خطة عائلتكم في Omringd',
    email: (v) =>
      `مرحبًا ${v.name}،\n\n${v.coordinator} من ${v.organization} يدعوك إلى قراءة خطة عائلتكم والكتابة فيها بنفسك.\nافتح هذا الرابط واختر كلمة مرور:\n\n${v.link}\n\nيعمل الرابط مرة واحدة فقط، حتى ${v.until}. هل لديك أسئلة؟ اسأل ${v.coordinator}.\n`,
    text: (v) =>
      `مرحبًا ${v.name}، ${v.coordinator} يدعوك إلى Omringd لقراءة خطة عائلتكم والكتابة فيها. افتح ${v.link} (حتى ${v.until}).`,
  },
  supporterInvitation: {
    subject: 'نطلب منك أن تساعد، في Omringd',
    email: (v) =>
      `مرحبًا ${v.name}،\n\n${v.coordinator} يطلب منك أن تساعد عائلته. في Omringd سترى الاتفاقات التي لك دور فيها، والاجتماع القادم الذي أنت مدعو إليه؛ ولا شيء آخر من ملف العائلة.\nافتح هذا الرابط واختر كلمة مرور:\n\n${v.link}\n\nيعمل الرابط مرة واحدة فقط، حتى ${v.until}.\n`,
  },
  signInCode: {
    subject: 'رمزك لـ Omringd',
    email: (v) =>
      `مرحبًا ${v.name}،\n\nرمزك لتسجيل الدخول إلى Omringd هو:\n\n${v.code}\n\nيعمل الرمز مرة واحدة فقط، لمدة 10 دقائق. لم تحاول تسجيل الدخول؟ إذن تجاهل هذه الرسالة؛ وإذا تكرر ذلك، أخبر الشخص المسؤول عن التواصل معك.\n`,
    text: (code) =>
      `${code} هو رمزك لـ Omringd. يعمل مرة واحدة، لمدة 10 دقائق. لم تحاول تسجيل الدخول؟ أخبر الشخص المسؤول عن التواصل معك.`,
  },
  notice: {
    email: (v) => `مرحبًا ${v.name}،\n\n${v.news}. سجّل الدخول إلى Omringd لترى ما هو.\n`,
    text: (news) => `Omringd: ${news}. سجّل الدخول لترى ما هو.`,
  },
  notices: {
    contact_message: {
      subject: 'Omringd: رسالة من الشخص المسؤول عن التواصل معكم',
      news: 'كتب لكم الشخص المسؤول عن التواصل معكم رسالة. اقرؤوها في Omringd، في قسم عائلتنا',
    },
    visit_decided: {
      subject: 'Omringd: أخبار عن زيارتكم المنزلية',
      news: 'ردّ الشخص المسؤول عن التواصل معكم على طلبكم لزيارة منزلية. انظروا في Omringd، في قسم عائلتنا',
    },
    visit_reminder: {
      subject: 'Omringd: زيارة منزلية غدًا',
      news: 'يزوركم الشخص المسؤول عن التواصل معكم في البيت غدًا',
    },
  },
};
