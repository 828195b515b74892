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

/**
 * The window in words, as the sources say it: "vanaf de zwangerschap t.e.m. 2 jaar" for −9..35
 * months (the maximum month is included: 35 months is the last month before the 3rd birthday).
 */
export function describeAgeWindow(window: AgeWindow, lang: 'nl' | 'en'): string {
  const nl = lang === 'nl';
  const { minMonths: min, maxMonths: max } = window;
  const pregnancy = window.duringPregnancy || (min !== null && min < 0);
  if (pregnancy && max === 0) return nl ? 'tijdens de zwangerschap' : 'during pregnancy';
  const age = (m: number): string =>
    m % 12 === 0 && m >= 12
      ? `${m / 12} ${nl ? 'jaar' : m === 12 ? 'year' : 'years'}`
      : `${m} ${nl ? (m === 1 ? 'maand' : 'maanden') : m === 1 ? 'month' : 'months'}`;
  const from =
    min === null && !pregnancy
      ? null
      : pregnancy
        ? nl
          ? 'vanaf de zwangerschap'
          : 'from pregnancy'
        : min === 0
          ? nl
            ? 'vanaf de geboorte'
            : 'from birth'
          : `${nl ? 'vanaf' : 'from'} ${age(min ?? 0)}`;
  const upTo =
    max === null
      ? null
      : max === 0
        ? nl
          ? 'tot de geboorte'
          : 'until birth'
        : max >= 11 && (max + 1) % 12 === 0
          ? nl
            ? `t.e.m. ${(max + 1) / 12 - 1} jaar`
            : `through age ${(max + 1) / 12 - 1}`
          : nl
            ? `t.e.m. ${age(max)}`
            : `through ${age(max)}`;
  if (from !== null && upTo !== null) return `${from} ${upTo}`;
  return from ?? upTo ?? (nl ? 'alle leeftijden' : 'all ages');
}
