/**
 * The social map as Omringd keeps it: HSDS 3.1 entities (organization, service, location,
 * service-at-location, phone, contact, schedule, service area, language, capacity) plus the
 * profile fields HSDS lacks (age window in months, reach, taxonomy terms). Export to HSDS is a
 * mapping of these fields, not a rewrite.
 */
import { z } from 'zod';
import { AGE_MAX_MONTHS, AGE_MIN_MONTHS } from '../search/query.ts';
import { allTermCodes } from '../taxonomy/terms.ts';
import { isProvinceCode } from '../geography/provinces.ts';

const isoDate = z.iso.date({ error: 'a date is written as YYYY-MM-DD' });
const time = z.string().regex(/^\d{2}:\d{2}$/, { error: 'a time is written as HH:MM' });
const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

export const phoneSchema = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\+?[\d ()./-]{6,25}$/, {
      error: 'a phone number has 6 to 25 digits, spaces or + ( ) . / -',
    }),
  description: z.string().max(300).optional(),
  type: z.enum(['voice', 'fax', 'text', 'cell', 'video', 'pager', 'textphone']).optional(),
  /** Contact details can change on a date ("from 7 March"): the number holds from/until. */
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
});
export type Phone = z.infer<typeof phoneSchema>;

export const contactSchema = z.object({
  name: z.string().max(200).optional(),
  title: z.string().max(200).optional(),
  department: z.string().max(200).optional(),
  email: z.email().optional(),
  phones: z.array(phoneSchema).default([]),
});
export type Contact = z.infer<typeof contactSchema>;

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export const scheduleSchema = z.object({
  description: z.string().max(500).optional(),
  /** Weekly recurrence (RFC 5545 subset used by HSDS): days and hours. */
  freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
  byday: z.array(z.enum(weekdays)).optional(),
  opensAt: time.optional(),
  closesAt: time.optional(),
  /** One-off dates, e.g. the Observatorium sessions. */
  dates: z.array(isoDate).optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  attendingType: z.enum(['in person', 'online', 'phone']).optional(),
  notes: z.string().max(500).optional(),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const serviceAreaSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flanders') }),
  z.object({
    kind: z.literal('province'),
    code: z.string().refine(isProvinceCode, { error: 'unknown province code' }),
  }),
  z.object({
    kind: z.literal('municipality'),
    code: z.string().regex(/^\d{5}$/, { error: 'a NIS code has five digits' }),
  }),
]);
export type ServiceArea = z.infer<typeof serviceAreaSchema>;

export const addressSchema = z.object({
  street: text(200),
  postalCode: z.string().regex(/^\d{4}$/, { error: 'a Belgian postal code has four digits' }),
  city: text(100),
});

export const locationSchema = z.object({
  key: text(100),
  name: text(200),
  description: z.string().max(2000).optional(),
  address: addressSchema.optional(),
  /** Where no street address is published, the municipality still places the location. */
  municipality: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  schedules: z.array(scheduleSchema).default([]),
});
export type Location = z.infer<typeof locationSchema>;

export const capacitySchema = z.object({
  available: z.number().int().min(0),
  maximum: z.number().int().min(0).optional(),
  unit: text(100),
  updated: z.iso.datetime({ offset: true }),
});

const ageMonths = z.number().int().min(AGE_MIN_MONTHS).max(AGE_MAX_MONTHS);

export const serviceSchema = z
  .object({
    key: text(100),
    name: text(250),
    alternateName: z.string().max(250).optional(),
    description: text(5000),
    url: z.url().optional(),
    email: z.email().optional(),
    status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']).default('active'),
    /** How to refer: e.g. Pondo "aanmelding via MaPa". */
    applicationProcess: z.string().max(2000).optional(),
    eligibilityDescription: z.string().max(2000).optional(),
    feesDescription: z.string().max(1000).optional(),
    freeOfCharge: z.boolean().optional(),
    waitTime: z.string().max(300).optional(),
    capacity: capacitySchema.optional(),
    ageMinMonths: ageMonths.optional(),
    ageMaxMonths: ageMonths.optional(),
    duringPregnancy: z.boolean().default(false),
    terms: z
      .array(
        z.string().refine((c) => allTermCodes.has(c), {
          error: (i) => `unknown taxonomy term ${String(i.input)}`,
        }),
      )
      .default([]),
    areas: z
      .array(serviceAreaSchema)
      .min(1, { error: 'say where the service is offered (at least one area)' }),
    /** The service states it also serves families beyond its own province(s). */
    servesBeyondProvince: z.boolean().default(false),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).default(['nl']),
    phones: z.array(phoneSchema).default([]),
    contacts: z.array(contactSchema).default([]),
    schedules: z.array(scheduleSchema).default([]),
    locations: z.array(z.string()).default([]),
    source: z.string().max(300).optional(),
  })
  .refine(
    (s) =>
      s.ageMinMonths === undefined ||
      s.ageMaxMonths === undefined ||
      s.ageMinMonths <= s.ageMaxMonths,
    {
      error: 'the minimum age is above the maximum age',
      path: ['ageMinMonths'],
    },
  );
export type Service = z.infer<typeof serviceSchema>;

export const organizationSchema = z.object({
  key: text(100),
  name: text(250),
  alternateName: z.string().max(250).optional(),
  description: text(5000),
  email: z.email().optional(),
  website: z.url().optional(),
  phones: z.array(phoneSchema).default([]),
  locations: z.array(locationSchema).default([]),
  services: z.array(serviceSchema).default([]),
});
export type Organization = z.infer<typeof organizationSchema>;

export const directorySchema = z.object({
  source: z.string(),
  organizations: z.array(organizationSchema),
});
export type Directory = z.infer<typeof directorySchema>;

/** The phone numbers that hold on a given day (Europe/Brussels calendar date YYYY-MM-DD). */
export function phonesValidOn<
  T extends { validFrom?: string | undefined; validTo?: string | undefined },
>(phones: readonly T[], day: string): T[] {
  return phones.filter(
    (p) =>
      (p.validFrom === undefined || p.validFrom <= day) &&
      (p.validTo === undefined || day <= p.validTo),
  );
}
