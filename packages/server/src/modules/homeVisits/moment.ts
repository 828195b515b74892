import { momentInWords } from '../../platform/momentInWords.ts';

/** A visit's moment in the words of a Dutch e-mail: "maandag 14 december om 10:00", in Brussels. */
export const brusselsMoment = (instant: Date): string => momentInWords(instant, 'nl-BE');
