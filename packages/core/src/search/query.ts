/**
 * The search request of the social map: what a professional may ask, with limits and messages
 * that say what to fix. Pure: parsed here, executed by the server.
 */
import { z } from 'zod';
import { isProvinceCode } from '../geography/provinces.ts';
import { hvhkDomains, lifeDomains, modalities, targetGroups } from '../taxonomy/terms.ts';
import { words } from './normalize.ts';

export const SEARCH_TEXT_MAX = 200;
export const SEARCH_TERMS_MAX = 12;
export const AGE_MIN_MONTHS = -9;
export const AGE_MAX_MONTHS = 216;
export const PER_PAGE_MAX = 50;

const codes = (terms: readonly { code: string }[]): [string, ...string[]] => {
  const [first, ...rest] = terms.map((t) => t.code);
  if (first === undefined) throw new Error('a taxonomy has no terms');
  return [first, ...rest];
};
const domainCodes = [...codes(hvhkDomains), ...codes(lifeDomains)] as [string, ...string[]];

const oneOf = (values: [string, ...string[]], field: string) =>
  z.enum(values, { error: () => `${field} must be one of: ${values.join(', ')}` });

const optionalText = z
  .string()
  .trim()
  .max(SEARCH_TEXT_MAX, {
    error: `The search text is longer than ${SEARCH_TEXT_MAX} characters: shorten it.`,
  })
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const age = z
  .string()
  .optional()
  .transform((value, ctx): number | 'pregnant' | undefined => {
    if (value === undefined) return undefined;
    if (value === 'pregnant') return 'pregnant';
    const months = /^-?\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
    const problem = Number.isNaN(months)
      ? "age is the child's age in whole months (e.g. 14), or 'pregnant'."
      : months < AGE_MIN_MONTHS
        ? `age must be at least ${AGE_MIN_MONTHS} months (pregnancy).`
        : months > AGE_MAX_MONTHS
          ? `age must be at most ${AGE_MAX_MONTHS} months (18 years).`
          : undefined;
    if (problem === undefined) return months;
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  });

const positiveInt = (field: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,4}$/, { error: `${field} must be a whole number.` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: `${field} must be at least 1.` })
        .max(max, { error: `${field} must be at most ${max}.` }),
    );

export const serviceSearchQuerySchema = z
  .object({
    q: optionalText,
    postcode: z
      .string()
      .regex(/^\d{4}$/, { error: 'postcode is a Belgian postal code of four digits, e.g. 3500.' })
      .optional(),
    municipality: z
      .string()
      .regex(/^\d{5}$/, { error: 'municipality is a five-digit NIS code, e.g. 71072 for Hasselt.' })
      .optional(),
    province: z
      .string()
      .refine(isProvinceCode, { error: 'province must be a province code such as VLI or VAN.' })
      .optional(),
    age,
    targetGroup: oneOf(codes(targetGroups), 'targetGroup').optional(),
    modality: oneOf(codes(modalities), 'modality').optional(),
    domain: oneOf(domainCodes, 'domain').optional(),
    free: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    page: positiveInt('page', 1000).optional().default(1),
    perPage: positiveInt('perPage', PER_PAGE_MAX).optional().default(20),
  })
  .strict()
  .superRefine((value, ctx) => {
    const hasCriterion =
      value.q !== undefined ||
      value.postcode !== undefined ||
      value.municipality !== undefined ||
      value.province !== undefined ||
      value.age !== undefined ||
      value.targetGroup !== undefined ||
      value.modality !== undefined ||
      value.domain !== undefined ||
      value.free !== undefined;
    if (!hasCriterion) {
      ctx.addIssue({
        code: 'custom',
        path: ['q'],
        message: 'The search is empty: type a word or choose at least one filter.',
      });
    }
    if (value.q !== undefined && words(value.q).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['q'],
        message: 'The search text holds no letters or digits: type a word, e.g. "zwanger".',
      });
    }
    if (value.q !== undefined && words(value.q).length > SEARCH_TERMS_MAX) {
      ctx.addIssue({
        code: 'custom',
        path: ['q'],
        message: `The search text has more than ${SEARCH_TERMS_MAX} words: keep the most telling ones.`,
      });
    }
  });

export type ServiceSearchQuery = z.output<typeof serviceSearchQuerySchema>;

/** The words of the search text, as typed terms for the full-text query. */
export function searchTerms(q: string | undefined): string[] {
  return q === undefined ? [] : words(q).slice(0, SEARCH_TERMS_MAX);
}
