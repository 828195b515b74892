/**
 * What the closing letter says, in plain language (B1), in the family's language where a
 * translation exists: that the help has ended and why, how each goal went, where to go on, how
 * long the file is kept and that it is erased after that.
 */
import type { ClosingReason } from '@omringd/core';
import type { PlanLanguage } from './texts.ts';

export type LetterTexts = {
  title: string;
  hello: (family: string) => string;
  ended: string;
  reasons: Record<ClosingReason, string>;
  goals: string;
  outcomes: Record<'reached' | 'partly' | 'not_reached', string>;
  goOn: string;
  kept: (until: string, years: number) => string;
  ask: (name: string) => string;
  greeting: string;
};

export const letterTexts: Record<PlanLanguage, LetterTexts> = {
  nl: {
    title: 'Jullie begeleiding is afgerond',
    hello: (family) => `Beste ${family},`,
    ended: 'We werkten samen aan jullie plan. Die begeleiding stopt nu.',
    reasons: {
      goals_reached: 'De doelen zijn bereikt.',
      handed_over: 'Jullie gaan verder bij een andere dienst.',
      family_stopped: 'Jullie kozen om te stoppen.',
      moved_away: 'Jullie zijn verhuisd.',
      maximum_duration: 'De begeleiding duurde zo lang als het programma toelaat.',
      other: 'De begeleiding stopt.',
    },
    goals: 'Hoe ging het met onze doelen?',
    outcomes: { reached: 'bereikt', partly: 'deels bereikt', not_reached: 'niet bereikt' },
    goOn: 'Hier kunnen jullie verder terecht',
    kept: (until, years) =>
      `We bewaren jullie dossier ${String(years)} jaar, tot ${until}. Daarna wissen we het.`,
    ask: (name) =>
      `Willen jullie weten wat er in jullie dossier staat, of een kopie? Vraag het aan ${name}.`,
    greeting: 'Veel sterkte en groeten,',
  },
  en: {
    title: 'Your support has ended',
    hello: (family) => `Dear ${family},`,
    ended: 'We worked together on your plan. That support stops now.',
    reasons: {
      goals_reached: 'The goals have been reached.',
      handed_over: 'You go on with another service.',
      family_stopped: 'You chose to stop.',
      moved_away: 'You have moved.',
      maximum_duration: 'The support lasted as long as the programme allows.',
      other: 'The support stops.',
    },
    goals: 'How did our goals go?',
    outcomes: { reached: 'reached', partly: 'partly reached', not_reached: 'not reached' },
    goOn: 'Where you can go on',
    kept: (until, years) =>
      `We keep your file for ${String(years)} years, until ${until}. After that we erase it.`,
    ask: (name) => `Do you want to know what is in your file, or a copy? Ask ${name}.`,
    greeting: 'All the best,',
  },
  fr: {
    title: 'Votre accompagnement est terminé',
    hello: (family) => `Chère famille ${family},`,
    ended: 'Nous avons travaillé ensemble sur votre plan. Cet accompagnement s’arrête maintenant.',
    reasons: {
      goals_reached: 'Les objectifs sont atteints.',
      handed_over: 'Vous continuez avec un autre service.',
      family_stopped: 'Vous avez choisi d’arrêter.',
      moved_away: 'Vous avez déménagé.',
      maximum_duration: 'L’accompagnement a duré aussi longtemps que le programme le permet.',
      other: 'L’accompagnement s’arrête.',
    },
    goals: 'Comment se sont passés nos objectifs ?',
    outcomes: { reached: 'atteint', partly: 'en partie atteint', not_reached: 'pas atteint' },
    goOn: 'Où vous pouvez continuer',
    kept: (until, years) =>
      `Nous gardons votre dossier ${String(years)} ans, jusqu’au ${until}. Ensuite nous l’effaçons.`,
    ask: (name) =>
      `Vous voulez savoir ce qu’il y a dans votre dossier, ou en avoir une copie ? Demandez-le à ${name}.`,
    greeting: 'Bon courage et bien à vous,',
  },
  ar: {
    title: 'انتهت مرافقتكم',
    hello: (family) => `عزيزتي عائلة ${family}،`,
    ended: 'عملنا معاً على خطتكم. هذه المرافقة تتوقف الآن.',
    reasons: {
      goals_reached: 'تم تحقيق الأهداف.',
      handed_over: 'ستستمرون مع خدمة أخرى.',
      family_stopped: 'اخترتم التوقف.',
      moved_away: 'لقد انتقلتم إلى مكان آخر.',
      maximum_duration: 'استمرت المرافقة المدة التي يسمح بها البرنامج.',
      other: 'المرافقة تتوقف.',
    },
    goals: 'كيف سارت أهدافنا؟',
    outcomes: { reached: 'تحقق', partly: 'تحقق جزئياً', not_reached: 'لم يتحقق' },
    goOn: 'أين يمكنكم الاستمرار',
    kept: (until, years) =>
      `نحتفظ بملفكم لمدة ${String(years)} سنوات، حتى ${until}. بعد ذلك نمسحه.`,
    ask: (name) => `هل تريدون معرفة ما في ملفكم، أو نسخة منه؟ اسألوا ${name}.`,
    greeting: 'مع أطيب التمنيات،',
  },
};
