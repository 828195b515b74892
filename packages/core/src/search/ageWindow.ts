/**
 * Age windows in months relative to birth: negative months are the pregnancy (−9 = conception).
 * A service may also state it starts "during pregnancy" without a precise month.
 */
export type AgeWindow = {
  minMonths: number | null;
  maxMonths: number | null;
  duringPregnancy: boolean;
};

export type AgeQuery = number | 'pregnant';

export function fitsAgeWindow(window: AgeWindow, age: AgeQuery): boolean {
  if (age === 'pregnant') return window.duringPregnancy || (window.minMonths ?? 0) < 0;
  const min = window.minMonths ?? Number.NEGATIVE_INFINITY;
  const max = window.maxMonths ?? Number.POSITIVE_INFINITY;
  return age >= min && age <= max;
}

/** A short human description of the window in months/years, for Dutch or English. */
export function describeAgeWindow(window: AgeWindow, lang: 'nl' | 'en'): string {
  const unit = (m: number): string => {
    if (m < 0) return lang === 'nl' ? 'zwangerschap' : 'pregnancy';
    if (m % 12 === 0) return `${m / 12} ${lang === 'nl' ? 'jaar' : m === 12 ? 'year' : 'years'}`;
    return `${m} ${lang === 'nl' ? 'maanden' : 'months'}`;
  };
  const from =
    window.minMonths === null
      ? null
      : window.minMonths < 0 || window.duringPregnancy
        ? unit(-1)
        : unit(window.minMonths);
  const to = window.maxMonths === null ? null : unit(window.maxMonths);
  if (from && to) return lang === 'nl' ? `van ${from} tot ${to}` : `from ${from} to ${to}`;
  if (from) return lang === 'nl' ? `vanaf ${from}` : `from ${from}`;
  if (to) return lang === 'nl' ? `tot ${to}` : `up to ${to}`;
  return lang === 'nl' ? 'alle leeftijden' : 'all ages';
}
