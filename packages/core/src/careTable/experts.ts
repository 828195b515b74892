/**
 * The programme's expert pool: about two experts sit at a care table (Zorggarantie), suggested by
 * how well their expertise matches what the family faces and whether they work in the family's
 * province; the coordinator chooses. The pool is programme data.
 */
import { z } from 'zod';
import { provinceCodes } from '../geography/provinces.ts';
import { lifeDomainKeys } from '../caseFile/lifeDomains.ts';

/** What an expert knows: the life domains, and the themes the sources name. */
export const expertThemes = [
  ...lifeDomainKeys,
  'addiction',
  'domestic_violence',
  'pregnancy',
  'disability',
  'migration',
  'young_parents',
] as const;
export type ExpertTheme = (typeof expertThemes)[number];

export const expertSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, { error: 'An id is lower-case letters, digits or dashes.' }),
  name: z.string().trim().min(2, { error: 'Give the name of the expert.' }).max(200),
  organization: z.string().trim().max(200).default(''),
  expertise: z.array(z.enum(expertThemes)).min(1, { error: 'Name at least one expertise.' }),
  provinces: z.array(z.enum(provinceCodes)).min(1, { error: 'Name where the expert works.' }),
  /** In words: "dinsdag en donderdag", "niet in juli". */
  availability: z.string().trim().max(300).default(''),
  email: z.union([z.literal(''), z.email({ error: 'This is not an e-mail address.' })]).default(''),
  phone: z.string().trim().max(30).default(''),
});
export type Expert = z.infer<typeof expertSchema>;

export type ExpertSuggestion = { expert: Expert; matches: ExpertTheme[]; score: number };

/**
 * The experts of the pool who work in the family's province, best match first: the number of
 * the family's themes they know, then by name. Those without a shared theme come last, so the
 * coordinator still sees the whole regional pool.
 */
export function suggestExperts(
  pool: readonly Expert[],
  family: { province: string | null; themes: readonly ExpertTheme[] },
): ExpertSuggestion[] {
  const wanted = new Set(family.themes);
  return pool
    .filter(
      (e) =>
        family.province === null || (e.provinces as readonly string[]).includes(family.province),
    )
    .map((expert) => {
      const matches = expert.expertise.filter((t) => wanted.has(t));
      return { expert, matches, score: matches.length };
    })
    .sort((a, b) => b.score - a.score || a.expert.name.localeCompare(b.expert.name, 'nl'));
}
