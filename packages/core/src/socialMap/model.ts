/**
 * The social map as Omringd keeps it: HSDS 3.1 entities (organization, service, location,
 * service-at-location, phone, contact, schedule, service area, language, capacity) plus the
 * profile fields HSDS lacks (age window in months, reach, taxonomy terms). Export to HSDS is a
 * mapping of these fields, not a rewrite.
 */
import { z } from 'zod';
import { AGE_MIN_MONTHS } from '../search/query.ts';
import { allTermCodes } from '../taxonomy/terms.ts';
import { isProvinceCode } from '../geography/provinces.ts';

const isoDate = z.iso.date({ error: 'a date is written as YYYY-MM-DD' });
const time = z.string().regex(/^\d{2}:\d{2}$/, { error: 'a time is written as HH:MM' });
const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

export const phoneSchema = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\+?[\d ()./-]{3,30}$/, {
      error: 'a phone number has 3 to 30 digits, spaces or + ( ) . / -',
    }),
  /** An extension to dial after the number (HSDS `extension`). */
  extension: z.number().int().min(0).optional(),
  description: z.string().max(500).optional(),
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

/** A weekday, or in a monthly rule a weekday with its place in the month ("1MO", "-1FR"). */
const weekdayRule = z.string().regex(/^[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)$/, {
  error: 'a day is MO to SU, in a monthly rule with its place in the month, e.g. 1MO or -1FR',
});
/** Comma-separated whole numbers of an RFC 5545 rule, e.g. "41,42" or "-1". */
const numberList = z.string().regex(/^[+-]?\d{1,3}(,[+-]?\d{1,3})*$/, {
  error: 'give whole numbers separated by commas, e.g. 1,15',
});

/** Every field of an HSDS 3.1 schedule (an RFC 5545 recurrence with opening hours). */
export const scheduleSchema = z.object({
  description: z.string().max(2000).optional(),
  /** Weekly recurrence (RFC 5545 subset used by HSDS): days and hours. */
  freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
  byday: z.array(weekdayRule).optional(),
  opensAt: time.optional(),
  closesAt: time.optional(),
  /** One-off dates, e.g. the Observatorium sessions. */
  dates: z.array(isoDate).optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  /** How one attends, in words ("in person", "online", "at home or by video"). */
  attendingType: z.string().max(300).optional(),
  notes: z.string().max(2000).optional(),
  dtstart: isoDate.optional(),
  /** The UTC offset the dates and times are expressed in, in hours. */
  timezone: z.number().min(-12).max(14).optional(),
  until: isoDate.optional(),
  count: z.number().int().min(1).optional(),
  wkst: z.enum(weekdays).optional(),
  interval: z.number().int().min(1).optional(),
  byweekno: numberList.optional(),
  bymonthday: numberList.optional(),
  byyearday: numberList.optional(),
  scheduleLink: z.url().optional(),
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
  /**
   * An area described in words or as an extent (HSDS allows both): kept and exported, but not
   * placed on the map of Belgium, so a search with a place does not find the service by it.
   */
  z.object({
    kind: z.literal('described'),
    name: z.string().trim().max(1000).optional(),
    description: z.string().max(2000).optional(),
    extent: z.string().max(100_000).optional(),
    extentType: z.string().max(50).optional(),
    uri: z.url().optional(),
  }),
]);
export type ServiceArea = z.infer<typeof serviceAreaSchema>;

export const addressSchema = z
  .object({
    street: text(200),
    /** The second line of the address (HSDS address_2). */
    street2: z.string().max(200).optional(),
    attention: z.string().max(200).optional(),
    postalCode: z.string().trim().min(1).max(20),
    city: text(100),
    region: z.string().max(100).optional(),
    stateProvince: z.string().max(100).optional(),
    /** ISO 3166-1 alpha-2; a Belgian address is placed on the map of Belgium by its postal code. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'a country is two capital letters (ISO 3166), e.g. BE' })
      .default('BE'),
    addressType: z.enum(['physical', 'postal', 'virtual']).optional(),
  })
  .refine((a) => a.country !== 'BE' || /^\d{4}$/.test(a.postalCode), {
    error: 'a Belgian postal code has four digits',
    path: ['postalCode'],
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
export type Capacity = z.infer<typeof capacitySchema>;

/** What a coordinator sets of a service's capacity: places free, of how many, of what. */
export const capacityInputSchema = z.object({
  capacity: z
    .object({
      available: z
        .number({ error: 'Give the free places as a whole number.' })
        .int({ error: 'Give the free places as a whole number.' })
        .min(0, { error: 'Free places cannot be negative.' })
        .max(100_000),
      maximum: z
        .number({ error: 'Give the places in all as a whole number.' })
        .int({ error: 'Give the places in all as a whole number.' })
        .min(0)
        .max(100_000)
        .nullable(),
      unit: z
        .string()
        .trim()
        .min(1, { error: 'Say what a place is, e.g. "gezinnen" or "bedden".' })
        .max(100),
    })
    .refine((c) => c.maximum === null || c.available <= c.maximum, {
      error: 'There are not more free places than places in all.',
      path: ['available'],
    })
    .nullable(),
});
export type CapacityInput = z.infer<typeof capacityInputSchema>;

/**
 * The age window a service states: from the start of pregnancy to any age (services for parents,
 * e.g. 16 to 45 years). The search's age filter asks only about children (up to 18 years).
 */
export const SERVICE_AGE_MAX_MONTHS = 1440;
const ageMonths = z.number().int().min(AGE_MIN_MONTHS).max(SERVICE_AGE_MAX_MONTHS);

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
    /** Where it is offered; none given means nowhere in particular (found without a place). */
    areas: z.array(serviceAreaSchema).default([]),
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
