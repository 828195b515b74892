/**
 * The fields of a service a network coordinator edits on the management page, with the rules the
 * server and the page both check. Empty text clears an optional field (null).
 */
import { z } from 'zod';
import { AGE_MIN_MONTHS } from '../search/query.ts';
import { SERVICE_AGE_MAX_MONTHS } from './model.ts';

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

export const serviceEditSchema = z
  .object({
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
  })
  .refine(
    (s) => s.ageMinMonths === null || s.ageMaxMonths === null || s.ageMinMonths <= s.ageMaxMonths,
    {
      error: 'The minimum age is above the maximum age.',
      path: ['ageMinMonths'],
    },
  );

export type ServiceEdit = z.infer<typeof serviceEditSchema>;
export type ServiceEditInput = z.input<typeof serviceEditSchema>;
export const serviceEditFields = Object.keys(serviceEditSchema.shape) as (keyof ServiceEdit)[];

/** A new service: the editable fields, the organisation, and the provinces where it is offered. */
export const serviceCreateSchema = z.object({
  organizationId: z.uuid({ error: 'Choose the organisation that offers the service.' }),
  areaProvinces: z
    .array(z.enum(['VAN', 'VBR', 'VLI', 'VOV', 'VWV', 'BRU']))
    .min(1, { error: 'Say in which province(s) the service is offered.' }),
  service: serviceEditSchema,
});
export type ServiceCreate = z.infer<typeof serviceCreateSchema>;
