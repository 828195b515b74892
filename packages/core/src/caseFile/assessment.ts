/**
 * The assessment as the field works (Signs of Safety, as Zorggarantie describes it): what we are
 * worried about, what is working well, what needs to happen. Each statement keeps who wrote it,
 * so what the family wrote stays theirs.
 */
import { z } from 'zod';

const statementId = z.string().regex(/^[a-z0-9-]{1,40}$/, {
  error: 'A statement id is 1–40 lower-case letters, digits or dashes.',
});

export const assessmentSections = [
  // What we are worried about
  'harm',
  'dangerStatements',
  'complicatingFactors',
  // What is working well
  'strengths',
  'existingSafety',
  // What needs to happen
  'safetyGoals',
  'nextSteps',
] as const;
export type AssessmentSection = (typeof assessmentSections)[number];

export const assessmentGroups = {
  worries: ['harm', 'dangerStatements', 'complicatingFactors'],
  working: ['strengths', 'existingSafety'],
  needs: ['safetyGoals', 'nextSteps'],
} as const satisfies Record<string, readonly AssessmentSection[]>;

export const statementSchema = z.object({
  id: statementId,
  text: z
    .string()
    .trim()
    .min(1, { error: 'Write the statement, or remove it.' })
    .max(1000, { error: 'Keep a statement under 1000 characters.' }),
  /** Who wrote it: a professional, or the family (marked as theirs wherever it is shown). */
  author: z.enum(['professional', 'family']).default('professional'),
});
export type Statement = z.infer<typeof statementSchema>;

const statements = z
  .array(statementSchema)
  .max(50)
  .refine((s) => new Set(s.map((x) => x.id)).size === s.length, {
    error: 'Each statement has an id of its own.',
  })
  .default([]);

export const assessmentSchema = z.object({
  harm: statements,
  dangerStatements: statements,
  complicatingFactors: statements,
  strengths: statements,
  existingSafety: statements,
  safetyGoals: statements,
  nextSteps: statements,
});
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * A save by a professional keeps the family's own statements as they were: a professional can
 * neither reword nor remove them (the family portal is where the family changes its own words).
 * Answers the statements of the family the save would change or drop.
 */
export function familyStatementsTouched(before: Assessment, after: Assessment): string[] {
  const touched: string[] = [];
  for (const section of assessmentSections) {
    const next = new Map(after[section].map((s) => [s.id, s]));
    for (const s of before[section]) {
      if (s.author !== 'family') continue;
      const now = next.get(s.id);
      if (now === undefined || now.text !== s.text || now.author !== 'family')
        touched.push(`${section}.${s.id}`);
    }
    const had = new Set(before[section].map((s) => s.id));
    for (const s of after[section])
      if (s.author === 'family' && !had.has(s.id)) touched.push(`${section}.${s.id}`);
  }
  return touched;
}
