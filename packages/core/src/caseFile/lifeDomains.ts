/**
 * Life domains: 1 Gezin 1 Plan works on the whole family across them. Per domain the situation
 * in a few words, the family's own priority and who is involved. Which domains a programme works
 * with is programme data; a case shows the domains of its programmes.
 */
import { z } from 'zod';

export const lifeDomainKeys = [
  'administration',
  'finances',
  'parenting',
  'mental_wellbeing',
  'school',
  'housing',
  'health',
  'work',
  'childcare',
  'leisure',
] as const;
export type LifeDomainKey = (typeof lifeDomainKeys)[number];

/** The family's own priority for a domain; "not now" is theirs to say. */
export const familyPriorities = ['high', 'medium', 'low', 'not_now', 'unknown'] as const;

export const lifeDomainEntrySchema = z.object({
  key: z.enum(lifeDomainKeys),
  situation: z.string().trim().max(500).default(''),
  familyPriority: z.enum(familyPriorities).default('unknown'),
  /** Who is involved: names or services, in a few words. */
  involved: z.string().trim().max(300).default(''),
});
export type LifeDomainEntry = z.infer<typeof lifeDomainEntrySchema>;

export const lifeDomainsSchema = z.object({
  domains: z
    .array(lifeDomainEntrySchema)
    .max(lifeDomainKeys.length)
    .refine((d) => new Set(d.map((e) => e.key)).size === d.length, {
      error: 'Each life domain appears once.',
    }),
});
export type LifeDomains = z.infer<typeof lifeDomainsSchema>;

/**
 * The domains a case works with: those of its programmes (in the order of the list), all of them
 * when a programme does not name them, and every domain that already holds something.
 */
export function domainsOfCase(
  programmeDomains: readonly (readonly LifeDomainKey[] | undefined)[],
  recorded: LifeDomains,
): LifeDomainKey[] {
  const all = programmeDomains.length === 0 || programmeDomains.some((d) => d === undefined);
  const wanted = new Set<LifeDomainKey>(
    all ? lifeDomainKeys : programmeDomains.flatMap((d) => d ?? []),
  );
  for (const e of recorded.domains) wanted.add(e.key);
  return lifeDomainKeys.filter((k) => wanted.has(k));
}
