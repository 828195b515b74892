/** The family's own texts, in the language the account chose (Dutch for one we do not write). */
import type { Language } from '@omringd/core';
import { momentInWords } from '../../momentInWords.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { tr } from './tr.ts';
import type { FamilyTexts } from './types.ts';
import { uk } from './uk.ts';

export { familyNoticeKinds, type FamilyNoticeKind, type FamilyTexts } from './types.ts';

export const familyTexts: Record<Language, FamilyTexts> = { nl, en, fr, ar, tr, pl, uk };

export const familyTextsIn = (language: Language): FamilyTexts => familyTexts[language];

/** A moment in Brussels time, written the reader's way ("11 december 2026 om 14:00"). */
export function momentIn(texts: FamilyTexts, at: Date): string {
  return at.toLocaleString(texts.dateLocale, {
    timeZone: 'Europe/Brussels',
    dateStyle: 'long',
    timeStyle: 'short',
  });
}

/** A day in Brussels time, short enough for a text message ("11 december"). */
export function dayIn(texts: FamilyTexts, at: Date): string {
  return at.toLocaleDateString(texts.dateLocale, {
    timeZone: 'Europe/Brussels',
    day: 'numeric',
    month: 'long',
  });
}

/** A visit's moment, with its weekday, in Brussels time ("maandag 14 december om 10:00"). */
export const visitMomentIn = (texts: FamilyTexts, at: Date): string =>
  momentInWords(at, texts.dateLocale);
