/**
 * Storage of the social map. Tables follow HSDS 3.1 entities; the search columns on `services`
 * (term codes, reach, age window, tsvector) are a denormalised index kept by the directory writer.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey(),
  key: text('key').notNull().unique(),
  name: text('name').notNull(),
  alternateName: text('alternate_name'),
  description: text('description').notNull(),
  email: text('email'),
  website: text('website'),
  source: text('source'),
  lastModified: timestamp('last_modified', { withTimezone: true }).notNull(),
});

export const municipalities = pgTable('municipalities', {
  nis: text('nis').primaryKey(),
  nameNl: text('name_nl').notNull(),
  nameFr: text('name_fr'),
  province: text('province').notNull(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
});

export const postalCodes = pgTable(
  'postal_codes',
  {
    postcode: text('postcode').notNull(),
    nis: text('nis')
      .notNull()
      .references(() => municipalities.nis),
  },
  (t) => [primaryKey({ columns: [t.postcode, t.nis] })],
);

export const locations = pgTable(
  'locations',
  {
    id: uuid('id').primaryKey(),
    key: text('key').notNull().unique(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    street: text('street'),
    street2: text('street_2'),
    attention: text('attention'),
    postalCode: text('postal_code'),
    city: text('city'),
    region: text('region'),
    stateProvince: text('state_province'),
    /** ISO 3166-1 alpha-2; only a Belgian address is placed by its postal code. */
    country: text('country').notNull().default('BE'),
    addressType: text('address_type'),
    municipalityNis: text('municipality_nis').references(() => municipalities.nis),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
  },
  (t) => [index('locations_organization_idx').on(t.organizationId)],
);

export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey(),
    key: text('key').notNull().unique(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    alternateName: text('alternate_name'),
    description: text('description').notNull(),
    url: text('url'),
    email: text('email'),
    status: text('status').notNull(),
    applicationProcess: text('application_process'),
    eligibilityDescription: text('eligibility_description'),
    feesDescription: text('fees_description'),
    freeOfCharge: boolean('free_of_charge'),
    waitTime: text('wait_time'),
    capacity: jsonb('capacity'),
    ageMinMonths: integer('age_min_months'),
    ageMaxMonths: integer('age_max_months'),
    duringPregnancy: boolean('during_pregnancy').notNull().default(false),
    servesFlanders: boolean('serves_flanders').notNull().default(false),
    servesBeyondProvince: boolean('serves_beyond_province').notNull().default(false),
    areaProvinces: text('area_provinces')
      .array()
      .notNull()
      .default(sql`'{}'`),
    areaMunicipalities: text('area_municipalities')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Areas described in words or as an extent (HSDS): kept, not placed on the map of Belgium. */
    areaDescriptions: jsonb('area_descriptions')
      .notNull()
      .default(sql`'[]'::jsonb`),
    termCodes: text('term_codes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** The term codes as bits (core termBits) for fast facet counts; kept by the writer. */
    termMask: bigint('term_mask', { mode: 'number' }),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Where the service is, for distance ranking: the first location with coordinates. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    source: text('source'),
    lastModified: timestamp('last_modified', { withTimezone: true }).notNull(),
    /** Words added to the index beyond the text: compound parts and taxonomy labels. */
    searchExtra: text('search_extra'),
  },
  (t) => [
    index('services_organization_idx').on(t.organizationId),
    index('services_last_modified_idx').on(t.lastModified),
  ],
);

/**
 * The search's own copy of what it reads for every match, kept by the directory writer
 * (refreshSearch). A common word matches thousands of services; reading them from this narrow
 * table, with the fixed-width columns first, costs about half of reading the wide service rows
 * (see docs/performance.md). The service row stays the source of truth.
 */
export const serviceSearch = pgTable(
  'service_search',
  {
    serviceId: uuid('service_id')
      .primaryKey()
      .references(() => services.id, { onDelete: 'cascade' }),
    termMask: bigint('term_mask', { mode: 'number' }).notNull(),
    /** The terms in lanes of 21 bits (core termLanes): summed over the matches, they count every term. */
    termLanes: numeric('term_lanes').notNull(),
    ageMinMonths: integer('age_min_months'),
    ageMaxMonths: integer('age_max_months'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** log2(1 + positions in rankVector): ts_rank's length normalisation, computed once. */
    rankNorm: doublePrecision('rank_norm').notNull(),
    active: boolean('active').notNull(),
    /** During pregnancy, or an age window that starts before birth. */
    pregnant: boolean('pregnant').notNull(),
    freeOfCharge: boolean('free_of_charge'),
    servesFlanders: boolean('serves_flanders').notNull(),
    servesBeyondProvince: boolean('serves_beyond_province').notNull(),
    name: text('name').notNull(),
    areaProvinces: text('area_provinces').array().notNull(),
    areaMunicipalities: text('area_municipalities').array().notNull(),
    /** Name (A), organisation (B) and description (C), with positions: what ranking reads. */
    rankVector: tsvector('rank_vector').notNull(),
    /** Taxonomy labels and compound parts, without positions: found, not ranked. */
    extraVector: tsvector('extra_vector').notNull(),
    /** The service's name as typed (core nameKey): stop words and symbols kept ("op+"). */
    nameKey: text('name_key').notNull().default(''),
    /** The organisation's name, the same way ("de kiem vzw"). */
    organizationKey: text('organization_key').notNull().default(''),
  },
  (t) => [
    index('service_search_words_idx').using('gin', sql`(${t.rankVector} || ${t.extraVector})`),
    index('service_search_name_key_idx').using('gin', sql`${t.nameKey} gin_trgm_ops`),
    index('service_search_organization_key_idx').using(
      'gin',
      sql`${t.organizationKey} gin_trgm_ops`,
    ),
    index('service_search_area_provinces_idx').using('gin', t.areaProvinces),
    index('service_search_area_municipalities_idx').using('gin', t.areaMunicipalities),
  ],
);

export const serviceAtLocations = pgTable(
  'service_at_locations',
  {
    id: uuid('id').primaryKey(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    unique('service_at_locations_pair').on(t.serviceId, t.locationId),
    index('sal_location_idx').on(t.locationId),
  ],
);

export const phones = pgTable(
  'phones',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').references(() => organizations.id, {
      onDelete: 'cascade',
    }),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id'),
    number: text('number').notNull(),
    extension: integer('extension'),
    type: text('type'),
    description: text('description'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    position: integer('position').notNull(),
  },
  (t) => [
    index('phones_service_idx').on(t.serviceId),
    index('phones_organization_idx').on(t.organizationId),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    name: text('name'),
    title: text('title'),
    department: text('department'),
    email: text('email'),
    position: integer('position').notNull(),
  },
  (t) => [index('contacts_service_idx').on(t.serviceId)],
);

export const schedules = pgTable(
  'schedules',
  {
    id: uuid('id').primaryKey(),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id').references(() => locations.id, { onDelete: 'cascade' }),
    description: text('description'),
    freq: text('freq'),
    byday: text('byday').array(),
    opensAt: text('opens_at'),
    closesAt: text('closes_at'),
    dates: date('dates').array(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    attendingType: text('attending_type'),
    notes: text('notes'),
    dtstart: date('dtstart'),
    timezone: doublePrecision('timezone'),
    until: date('until'),
    count: integer('count'),
    wkst: text('wkst'),
    interval: integer('interval'),
    byweekno: text('byweekno'),
    bymonthday: text('bymonthday'),
    byyearday: text('byyearday'),
    scheduleLink: text('schedule_link'),
    position: integer('position').notNull(),
  },
  (t) => [
    index('schedules_service_idx').on(t.serviceId),
    index('schedules_location_idx').on(t.locationId),
  ],
);

/** Distinct words of the directory, for "did you mean" on a typo. */
export const searchLexicon = pgTable('search_lexicon', {
  word: text('word').primaryKey(),
});

/**
 * Who changed which field of a service and when (HSDS 3.1 metadata): written by the management
 * pages, exported with the service.
 */
export const serviceChanges = pgTable(
  'service_changes',
  {
    id: uuid('id').primaryKey(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    changedBy: uuid('changed_by'),
    changedByName: text('changed_by_name').notNull(),
    action: text('action', { enum: ['create', 'update'] }).notNull(),
    fieldName: text('field_name').notNull(),
    previousValue: text('previous_value').notNull(),
    replacementValue: text('replacement_value').notNull(),
  },
  (t) => [index('service_changes_service_idx').on(t.serviceId, t.changedAt)],
);
