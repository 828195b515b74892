/** Display helpers shared by the pages: ages, provinces and term labels in the current language. */
import { describeAgeWindow } from '@omringd/core/age-window';
import { isProvinceCode, provinces } from '@omringd/core/geography';
import { findTerm } from '@omringd/core/taxonomy';
import type { Language } from './i18n.ts';

export const lang = (language: string): Language => (language === 'en' ? 'en' : 'nl');

export function ageText(
  s: { ageMinMonths: number | null; ageMaxMonths: number | null; duringPregnancy: boolean },
  language: string,
): string {
  return describeAgeWindow(
    { minMonths: s.ageMinMonths, maxMonths: s.ageMaxMonths, duringPregnancy: s.duringPregnancy },
    lang(language),
  );
}

export function provinceName(code: string, language: string): string {
  return isProvinceCode(code) ? provinces[code][lang(language)] : code;
}

export function termLabel(key: string, language: string): string {
  return findTerm(key)?.term.labels[lang(language)] ?? key;
}

export function termDescription(key: string, language: string): string {
  return findTerm(key)?.term.description[lang(language)] ?? '';
}

export function formatDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-BE', {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  }).format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

/** The ages offered in the age filter, in months. */
export const ageChoices = [0, 3, 6, 9, 12, 18, 24, 30, 36, 48, 60, 72, 96, 120, 144, 180];

/** A moment as a Belgian desk shows it: date and time in Brussels. */
export function formatDateTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-BE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(instant));
}
