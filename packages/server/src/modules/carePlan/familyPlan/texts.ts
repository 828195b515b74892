/**
 * What the printed family plan says, in plain language (B1), in the family's language where a
 * translation exists (Dutch, English, French, Arabic — Arabic right to left). Names, goals in the
 * family's words and phone numbers are printed as they are.
 */
import type { LifeDomainKey } from '@omringd/core';

export const planLanguages = ['nl', 'en', 'fr', 'ar'] as const;
export type PlanLanguage = (typeof planLanguages)[number];

export const locales: Record<PlanLanguage, string> = {
  nl: 'nl-BE',
  en: 'en-GB',
  fr: 'fr-BE',
  ar: 'ar',
};

export type PlanTexts = {
  title: string;
  intro: (family: string) => string;
  goals: string;
  ourWords: string;
  who: string;
  by: string;
  noDate: string;
  family: string;
  nowPlan: string;
  ifNot: string;
  nextMeeting: string;
  noMeeting: string;
  nextEvaluation: string;
  contact: string;
  around: string;
  atHome: string;
  printed: (date: string) => string;
  domains: Record<LifeDomainKey, string>;
};

export const texts: Record<PlanLanguage, PlanTexts> = {
  nl: {
    title: 'Ons gezinsplan',
    intro: (family) =>
      `Dit is het plan van ${family}. We maakten het samen. Jullie beslissen mee. Klopt er iets niet? Zeg het aan je contactpersoon.`,
    goals: 'Onze doelen',
    ourWords: 'in onze eigen woorden',
    who: 'Wie',
    by: 'Tegen',
    noDate: 'geen datum',
    family: 'wij zelf',
    nowPlan: 'Wat we nu doen',
    ifNot: 'Lukt het niet? Dan doen we dit',
    nextMeeting: 'De volgende afspraak',
    noMeeting: 'Nog geen afspraak. Je contactpersoon belt je.',
    nextEvaluation: 'We kijken samen hoe het gaat op',
    contact: 'Jullie contactpersoon',
    around: 'Mensen en diensten rond ons gezin',
    atHome: 'Bij jullie thuis',
    printed: (date) => `Afgedrukt op ${date}.`,
    domains: {
      administration: 'Papieren',
      finances: 'Geld',
      parenting: 'Opvoeden',
      mental_wellbeing: 'Hoe we ons voelen',
      school: 'School',
      housing: 'Wonen',
      health: 'Gezondheid',
      work: 'Werk',
      childcare: 'Kinderopvang',
      leisure: 'Vrije tijd',
    },
  },
  en: {
    title: 'Our family plan',
    intro: (family) =>
      `This is the plan of ${family}. We made it together. You decide too. Is something not right? Tell your contact person.`,
    goals: 'Our goals',
    ourWords: 'in our own words',
    who: 'Who',
    by: 'By',
    noDate: 'no date',
    family: 'we ourselves',
    nowPlan: 'What we do now',
    ifNot: 'If it does not work, we do this',
    nextMeeting: 'The next appointment',
    noMeeting: 'No appointment yet. Your contact person will call you.',
    nextEvaluation: 'We look together at how it goes on',
    contact: 'Your contact person',
    around: 'People and services around our family',
    atHome: 'At your home',
    printed: (date) => `Printed on ${date}.`,
    domains: {
      administration: 'Papers',
      finances: 'Money',
      parenting: 'Raising children',
      mental_wellbeing: 'How we feel',
      school: 'School',
      housing: 'Home',
      health: 'Health',
      work: 'Work',
      childcare: 'Childcare',
      leisure: 'Free time',
    },
  },
  fr: {
    title: 'Notre plan de famille',
    intro: (family) =>
      `Voici le plan de ${family}. Nous l'avons fait ensemble. Vous décidez aussi. Quelque chose ne va pas ? Dites-le à votre personne de contact.`,
    goals: 'Nos objectifs',
    ourWords: 'avec nos propres mots',
    who: 'Qui',
    by: 'Pour le',
    noDate: 'pas de date',
    family: 'nous-mêmes',
    nowPlan: 'Ce que nous faisons maintenant',
    ifNot: 'Si cela ne marche pas, nous faisons ceci',
    nextMeeting: 'Le prochain rendez-vous',
    noMeeting: 'Pas encore de rendez-vous. Votre personne de contact vous appelle.',
    nextEvaluation: 'Nous regardons ensemble comment ça va le',
    contact: 'Votre personne de contact',
    around: 'Les personnes et les services autour de notre famille',
    atHome: 'Chez vous',
    printed: (date) => `Imprimé le ${date}.`,
    domains: {
      administration: 'Papiers',
      finances: 'Argent',
      parenting: 'Éduquer les enfants',
      mental_wellbeing: 'Comment nous nous sentons',
      school: 'École',
      housing: 'Logement',
      health: 'Santé',
      work: 'Travail',
      childcare: 'Garde des enfants',
      leisure: 'Temps libre',
    },
  },
  ar: {
    title: 'خطة عائلتنا',
    intro: (family) =>
      `هذه خطة ${family}. صنعناها معاً. أنتم تقررون أيضاً. هل هناك شيء غير صحيح؟ قولوا ذلك لشخص الاتصال.`,
    goals: 'أهدافنا',
    ourWords: 'بكلماتنا',
    who: 'من',
    by: 'قبل',
    noDate: 'بدون تاريخ',
    family: 'نحن',
    nowPlan: 'ما نفعله الآن',
    ifNot: 'إذا لم ينجح ذلك نفعل هذا',
    nextMeeting: 'الموعد القادم',
    noMeeting: 'لا يوجد موعد بعد. سيتصل بكم شخص الاتصال.',
    nextEvaluation: 'ننظر معاً كيف تسير الأمور في',
    contact: 'شخص الاتصال',
    around: 'الأشخاص والخدمات حول عائلتنا',
    atHome: 'في بيتكم',
    printed: (date) => `طُبع في ${date}.`,
    domains: {
      administration: 'الأوراق',
      finances: 'المال',
      parenting: 'تربية الأطفال',
      mental_wellbeing: 'كيف نشعر',
      school: 'المدرسة',
      housing: 'السكن',
      health: 'الصحة',
      work: 'العمل',
      childcare: 'رعاية الأطفال',
      leisure: 'وقت الفراغ',
    },
  },
};

/** The family's language where the plan has a translation; Dutch otherwise. */
export function planLanguage(language: string): PlanLanguage {
  const code = language.trim().toLowerCase().slice(0, 2);
  return planLanguages.find((l) => l === code) ?? 'nl';
}
