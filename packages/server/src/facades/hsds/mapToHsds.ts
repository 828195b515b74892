/**
 * Omringd's social map as HSDS 3.1 objects. The storage follows HSDS, so this is a mapping:
 * null fields are left out (HSDS types them as plain strings), profile additions are named fields.
 */
import {
  capacitySchema,
  provinceOfPostalCode,
  provinces,
  isProvinceCode,
  type ServiceArea,
} from '@omringd/core';
import { stableUuid } from '../../platform/ids.ts';
import type { ServiceDetail } from '../../modules/socialMap/directory/readService.ts';
import { hsdsTermByKey, PROFILE_URL } from './taxonomyHsds.ts';

type Json = Record<string, unknown>;
type DescribedArea = Omit<Extract<ServiceArea, { kind: 'described' }>, 'kind'>;

/** Drops null and undefined fields so every present field has the type HSDS expects. */
export function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== null && v !== undefined),
  );
}

const years = (months: number | null) =>
  months === null ? null : Math.round((months / 12) * 100) / 100;

export function hsdsOrganizationBase(o: ServiceDetail['organization']): Json {
  return compact({
    id: o.id,
    name: o.name,
    alternate_name: o.alternateName,
    description: o.description,
    email: o.email,
    website: o.website,
  });
}

function hsdsPhone(p: ServiceDetail['phones'][number]): Json {
  return compact({
    id: p.id,
    service_id: p.serviceId,
    organization_id: p.organizationId,
    number: p.number,
    extension: p.extension,
    type: p.type,
    description: p.description,
    valid_from: p.validFrom,
    valid_to: p.validTo,
  });
}

function hsdsSchedule(s: ServiceDetail['schedules'][number]): Json {
  return compact({
    id: s.id,
    service_id: s.serviceId,
    location_id: s.locationId,
    valid_from: s.validFrom,
    valid_to: s.validTo,
    freq: s.freq,
    byday: s.byday?.join(','),
    opens_at: s.opensAt,
    closes_at: s.closesAt,
    description: s.description,
    attending_type: s.attendingType,
    notes: s.notes,
    dates: s.dates,
    dtstart: s.dtstart,
    timezone: s.timezone,
    until: s.until,
    count: s.count,
    wkst: s.wkst,
    interval: s.interval,
    byweekno: s.byweekno,
    bymonthday: s.bymonthday,
    byyearday: s.byyearday,
    schedule_link: s.scheduleLink,
  });
}

/** The province (Dutch name) of a Belgian postal code, for HSDS state_province. */
const provinceName = (postalCode: string): string => {
  const code = provinceOfPostalCode(postalCode);
  return code === undefined ? '' : provinces[code].nl;
};

export function hsdsLocation(l: ServiceDetail['locations'][number]): Json {
  return compact({
    id: l.id,
    location_type: 'physical',
    organization_id: l.organizationId,
    name: l.name,
    description: l.description,
    latitude: l.latitude,
    longitude: l.longitude,
    external_identifier: l.municipalityNis,
    external_identifier_type: l.municipalityNis === null ? null : 'NIS code of the municipality',
    addresses:
      l.street !== null && l.postalCode !== null && l.city !== null
        ? [
            compact({
              id: stableUuid('address', l.id),
              location_id: l.id,
              attention: l.attention,
              address_1: l.street,
              address_2: l.street2,
              city: l.city,
              region: l.region,
              state_province:
                l.stateProvince ?? (l.country === 'BE' ? provinceName(l.postalCode) : null),
              postal_code: l.postalCode,
              country: l.country,
              address_type: l.addressType ?? 'physical',
            }),
          ]
        : [],
  });
}

export function hsdsServiceAreas(s: ServiceDetail): Json[] {
  const areas: Json[] = [];
  if (s.servesFlanders)
    areas.push({
      id: stableUuid('service_area', `${s.id}:flanders`),
      service_id: s.id,
      name: 'Vlaanderen',
      description: 'flanders',
      extent_type: 'text',
      extent: 'Flemish Region and Brussels',
    });
  for (const code of s.areaProvinces) {
    const name = isProvinceCode(code) ? provinces[code].nl : code;
    areas.push({
      id: stableUuid('service_area', `${s.id}:${code}`),
      service_id: s.id,
      name,
      description: `province:${code}`,
      extent_type: 'text',
      extent: code,
    });
  }
  // Described in words or as an extent, as the source gave it.
  (s.areaDescriptions as DescribedArea[]).forEach((a, i) => {
    areas.push(
      compact({
        id: stableUuid('service_area', `${s.id}:described:${String(i)}`),
        service_id: s.id,
        name: a.name,
        description: a.description,
        extent: a.extent,
        extent_type: a.extentType,
        uri: a.uri,
      }),
    );
  });
  for (const nis of s.areaMunicipalities) {
    areas.push({
      id: stableUuid('service_area', `${s.id}:${nis}`),
      service_id: s.id,
      name: nis,
      description: `municipality:${nis}`,
      extent_type: 'text',
      extent: nis,
    });
  }
  return areas;
}

/** The one-to-one fields of a service (HSDS service_list item), with the profile additions. */
export function hsdsServiceBase(s: ServiceDetail): Json {
  return compact({
    id: s.id,
    organization_id: s.organizationId,
    name: s.name,
    alternate_name: s.alternateName,
    description: s.description,
    url: s.url,
    email: s.email,
    status: s.status,
    application_process: s.applicationProcess,
    fees_description: s.feesDescription,
    wait_time: s.waitTime,
    eligibility_description: s.eligibilityDescription,
    minimum_age: years(s.ageMinMonths),
    maximum_age: years(s.ageMaxMonths),
    last_modified: s.lastModified.toISOString(),
    // Profile additions (see the profile document): the age window in months and the reach.
    age_minimum_months: s.ageMinMonths,
    age_maximum_months: s.ageMaxMonths,
    during_pregnancy: s.duringPregnancy,
    free_of_charge: s.freeOfCharge,
    serves_beyond_province: s.servesBeyondProvince,
  });
}

/** Places available (e.g. a waiting list's free places) as HSDS service_capacity with its unit. */
function hsdsCapacities(s: ServiceDetail): Json[] {
  const parsed = capacitySchema.safeParse(s.capacity);
  if (!parsed.success) return [];
  const c = parsed.data;
  return [
    compact({
      id: stableUuid('capacity', s.id),
      service_id: s.id,
      unit: { id: stableUuid('unit', c.unit), name: c.unit },
      available: c.available,
      maximum: c.maximum,
      updated: c.updated,
    }),
  ];
}

export function hsdsServiceFull(s: ServiceDetail): Json {
  return {
    ...hsdsServiceBase(s),
    organization: hsdsOrganizationBase(s.organization),
    phones: s.phones.map(hsdsPhone),
    schedules: s.schedules.map(hsdsSchedule),
    service_areas: hsdsServiceAreas(s),
    service_at_locations: s.locations.map((l) => ({
      id: l.serviceAtLocationId,
      service_id: s.id,
      location_id: l.id,
      location: hsdsLocation(l),
    })),
    languages: s.languages.map((code) => ({
      id: stableUuid('language', `${s.id}:${code}`),
      service_id: s.id,
      code,
      name: code,
    })),
    contacts: s.contacts.map((c) =>
      compact({
        id: c.id,
        service_id: s.id,
        name: c.name,
        title: c.title,
        department: c.department,
        email: c.email,
      }),
    ),
    capacities: hsdsCapacities(s),
    attributes: s.termCodes.flatMap((key) => {
      const term = hsdsTermByKey(key);
      if (term === undefined) return [];
      return [
        {
          id: stableUuid('attribute', `${s.id}:${key}`),
          link_id: s.id,
          link_type: 'service',
          link_entity: 'service',
          taxonomy_term_id: term.id,
          taxonomy_term: term,
          value: key,
          label: term.name,
        },
      ];
    }),
    metadata: [
      {
        id: stableUuid('metadata', `${s.id}:${s.lastModified.toISOString()}`),
        resource_id: s.id,
        resource_type: 'service',
        last_action_date: s.lastModified.toISOString(),
        last_action_type: 'upsert',
        field_name: 'source',
        previous_value: '',
        replacement_value: s.source ?? '',
        updated_by: 'import',
      },
      // Each field changed on the management pages, with who and when.
      ...s.changes.map((c) => ({
        id: c.id,
        resource_id: s.id,
        resource_type: 'service',
        last_action_date: c.changedAt.toISOString(),
        last_action_type: c.action,
        field_name: c.fieldName,
        previous_value: c.previousValue,
        replacement_value: c.replacementValue,
        updated_by: c.changedByName,
      })),
    ],
  };
}

export const hsdsRoot = (baseUrl: string) => ({
  version: '3.1',
  profile: PROFILE_URL,
  openapi_url: `${baseUrl}/hsds/openapi.json`,
});
