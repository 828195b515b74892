/** The programme editor's steps, and the step a field of the programme (server path) is on. */
export const programmeSteps = ['doelgroep', 'voortraject', 'termijnen', 'controleren'] as const;
export type ProgrammeStep = (typeof programmeSteps)[number];

export function stepOfProgrammeField(field: string): ProgrammeStep {
  const head = field.split('.')[0];
  if (head === 'checklist' || head === 'lifeDomains' || head === 'expertPool') return 'voortraject';
  if (head === 'serviceLevels' || head === 'maxDuration' || head === 'carePlan') return 'termijnen';
  return 'doelgroep';
}

/** Which parts differ from the version saved: what saving will change. */
export function changedParts<T extends Record<string, unknown>>(
  saved: T,
  edited: T,
  parts: Record<Exclude<ProgrammeStep, 'controleren'>, (keyof T)[]>,
): Exclude<ProgrammeStep, 'controleren'>[] {
  return (Object.keys(parts) as Exclude<ProgrammeStep, 'controleren'>[]).filter((step) =>
    parts[step].some((key) => JSON.stringify(saved[key]) !== JSON.stringify(edited[key])),
  );
}
