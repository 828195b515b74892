/**
 * The fields of a service a network coordinator edits on the management page, with the rules the
 * server and the page both check. Empty text clears an optional field (null).
 */
import { z } from 'zod';
import { allTermCodes } from '../taxonomy/terms.ts';
import { AGE_MIN_MONTHS } from '../search/query.ts';
import { SERVICE_AGE_MAX_MONTHS } from './model.ts';

/** The provinces a service on our social map is offered in (Flanders and Brussels). */
export const EDITABLE_PROVINCES = ['VAN', 'VBR', 'VLI', 'VOV', 'VWV', 'BRU'] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters.` })
    .transform((v) => (v === '' ? null : v))
    .nullable();

const age = z
  .number({ error: 'Give the age as a whole number of months.' })
  .int({ error: 'Give the age as a whole number of months.' })
  .min(AGE_MIN_MONTHS, {
    error: `The youngest age is ${AGE_MIN_MONTHS} months (start of pregnancy).`,
  })
  .max(SERVICE_AGE_MAX_MONTHS, {
    error: `The oldest age is ${SERVICE_AGE_MAX_MONTHS} months (${SERVICE_AGE_MAX_MONTHS / 12} years).`,
  })
  .nullable();

/** What every edit holds: the texts, ages and status. */
const basicFields = {
  name: z
    .string()
    .trim()
    .min(3, { error: 'Give the service a name of at least 3 characters.' })
    .max(250, { error: 'Use at most 250 characters.' }),
  alternateName: optionalText(250),
  description: z
    .string()
    .trim()
    .min(10, { error: 'Describe the service in at least 10 characters.' })
    .max(5000, { error: 'Use at most 5000 characters.' }),
  url: z
    .union([
      z.literal(''),
      z.url({ error: 'Give a full web address, e.g. https://www.example.be.' }),
    ])
    .transform((v) => (v === '' ? null : v))
    .nullable(),
  email: z
    .union([z.literal(''), z.email({ error: 'Give an e-mail address, e.g. info@example.be.' })])
    .transform((v) => (v === '' ? null : v))
    .nullable(),
  applicationProcess: optionalText(2000),
  eligibilityDescription: optionalText(2000),
  feesDescription: optionalText(1000),
  freeOfCharge: z.boolean().nullable(),
  waitTime: optionalText(300),
  ageMinMonths: age,
  ageMaxMonths: age,
  duringPregnancy: z.boolean(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
};

/** For whom, where and how to reach it. */
const reachFields = {
  /** Target groups, ways of working and domains (taxonomy term codes, e.g. target-group:koap). */
  terms: z
    .array(
      z.string().refine((c) => allTermCodes.has(c), {
        error: 'Choose the target groups and domains from the list.',
      }),
    )
    .max(60),
  /** Where it is offered: whole provinces, or all of Flanders. */
  areaProvinces: z.array(z.enum(EDITABLE_PROVINCES)),
  /** Single municipalities (NIS codes), for a service of one town or city. */
  areaMunicipalities: z
    .array(z.string().regex(/^\d{5}$/, { error: 'A municipality is a five-digit NIS code.' }))
    .max(100),
  servesFlanders: z.boolean(),
  servesBeyondProvince: z.boolean(),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, { error: 'A language is a code such as nl or fr.' }))
    .max(20),
  /** The service's own phone numbers (numbers that change on a date are kept apart). */
  phones: z
    .array(
      z.object({
        number: z
          .string()
          .trim()
          .regex(/^\+?[\d ()./-]{6,25}$/, {
            error: 'Give the number with digits, e.g. 011 23 45 67 or +32 11 23 45 67.',
          }),
        description: optionalText(300),
      }),
    )
    .max(5, { error: 'Give at most 5 phone numbers.' }),
  /** Where families go: the street address of the service's first location. */
  address: z
    .object({
      street: z
        .string()
        .trim()
        .min(2, { error: 'Give the street and number.' })
        .max(200, { error: 'Use at most 200 characters.' }),
      postalCode: z
        .string()
        .trim()
        .regex(/^\d{4}$/, { error: 'A Belgian postal code has four digits, e.g. 3500.' }),
      city: z
        .string()
        .trim()
        .min(2, { error: 'Give the municipality.' })
        .max(100, { error: 'Use at most 100 characters.' }),
    })
    .nullable(),
};

/** A service is offered somewhere: all of Flanders, a province or a municipality. */
export const offeredSomewhere = (s: {
  servesFlanders?: boolean | undefined;
  areaProvinces?: readonly string[] | undefined;
  areaMunicipalities?: readonly string[] | undefined;
}) =>
  s.servesFlanders === true ||
  (s.areaProvinces?.length ?? 0) + (s.areaMunicipalities?.length ?? 0) > 0;

const placeRule = {
  check: offeredSomewhere,
  message: {
    error: 'Say where the service is offered: all of Flanders, a province or a municipality.',
    path: ['areaProvinces'],
  },
};
const ageRule = {
  check: (s: { ageMinMonths: number | null; ageMaxMonths: number | null }) =>
    s.ageMinMonths === null || s.ageMaxMonths === null || s.ageMinMonths <= s.ageMaxMonths,
  message: { error: 'The minimum age is above the maximum age.', path: ['ageMinMonths'] },
};

/** The whole service as the form edits it (and a new service is created from). */
export const serviceEditSchema = z
  .object({
    ...basicFields,
    terms: reachFields.terms.default([]),
    areaProvinces: reachFields.areaProvinces.default([]),
    areaMunicipalities: reachFields.areaMunicipalities.default([]),
    servesFlanders: reachFields.servesFlanders.default(false),
    servesBeyondProvince: reachFields.servesBeyondProvince.default(false),
    languages: reachFields.languages.default(['nl']),
    phones: reachFields.phones.default([]),
    address: reachFields.address.default(null),
  })
  .refine(placeRule.check, placeRule.message)
  .refine(ageRule.check, ageRule.message);

/**
 * A change to a service: the texts as a whole, and of for-whom/where/contact only what is sent
 * (what is left out stays as it is — a client that does not know these fields wipes nothing).
 */
export const serviceUpdateSchema = z
  .object({
    ...basicFields,
    terms: reachFields.terms.optional(),
    areaProvinces: reachFields.areaProvinces.optional(),
    areaMunicipalities: reachFields.areaMunicipalities.optional(),
    servesFlanders: reachFields.servesFlanders.optional(),
    servesBeyondProvince: reachFields.servesBeyondProvince.optional(),
    languages: reachFields.languages.optional(),
    phones: reachFields.phones.optional(),
    address: reachFields.address.optional(),
  })
  .refine(ageRule.check, ageRule.message);
export type ServiceUpdate = z.infer<typeof serviceUpdateSchema>;

export type ServiceEdit = z.infer<typeof serviceEditSchema>;
export type ServiceEditInput = z.input<typeof serviceEditSchema>;
export const serviceEditFields = Object.keys(serviceEditSchema.shape) as (keyof ServiceEdit)[];

/** A new service: the editable fields (with where it is offered) and the organisation. */
export const serviceCreateSchema = z.object({
  organizationId: z.uuid({ error: 'Choose the organisation that offers the service.' }),
  service: serviceEditSchema,
});
export type ServiceCreate = z.infer<typeof serviceCreateSchema>;
