/**
 * The server validates a programme with the core's schema and names the field of each problem
 * (e.g. "serviceLevels.0.within.hours"); this says what to fix in the reader's language.
 */
import type { TFunction } from 'i18next';

const limits: [RegExp, string][] = [
  [/\.(nl|en)$/, 'programmeEditor.errors.required'],
  [/^serviceLevels\.\d+\.within\.hours$/, 'programmeEditor.errors.hours'],
  [/^serviceLevels\.\d+\.within\.days$/, 'programmeEditor.errors.days'],
  [/^serviceLevels\.\d+\.within\.months$/, 'programmeEditor.errors.levelMonths'],
  [/^maxDuration\.months$/, 'programmeEditor.errors.durationMonths'],
  [/^maxDuration\.warnDaysBefore$/, 'programmeEditor.errors.warnDays'],
  [/^ageWindow\.fromMonths$/, 'programmeEditor.errors.fromMonths'],
  [/^ageWindow\.end\.years$/, 'programmeEditor.errors.years'],
  [/^ageWindow\.end\.months$/, 'programmeEditor.errors.endMonths'],
  [/\.id$/, 'programmeEditor.errors.id'],
  [/^region$/, 'programmeEditor.errors.region'],
];

export function fieldMessage(t: TFunction, field: string, serverMessage: string): string {
  const key = limits.find(([pattern]) => pattern.test(field))?.[1];
  return key === undefined ? serverMessage : t(key);
}
