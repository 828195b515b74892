/**
 * Import of an HSDS 3.1 JSON file: a list of organizations (with services) or of services (with
 * their organization). Every record is checked against the official schema and the Omringd
 * profile; one invalid record stops the whole import, with one clear line per invalid record.
 */
import { sql } from 'drizzle-orm';
import { directorySchema } from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { writeDirectory } from '../../modules/socialMap/directory/writeDirectory.ts';
import { describeErrors, hsdsValidator } from './hsdsSchemas.ts';
import { allHsdsTerms } from './taxonomyHsds.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
/** Any scalar as text; objects and absent values become empty text, which validation then names. */
const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

function mapPhones(v: unknown) {
  return list(v).map((p) => ({
    number: text(p.number),
    description: str(p.description),
    validFrom: str(p.valid_from),
    validTo: str(p.valid_to),
  }));
}

function mapArea(a: Json): unknown {
  const d = str(a.description) ?? '';
  if (d === 'flanders') return { kind: 'flanders' };
  const [kind, code] = d.split(':');
  if (kind === 'province' || kind === 'municipality') return { kind, code };
  return { kind: 'unknown', name: str(a.name) };
}

function mapLocation(l: Json) {
  const address = list(l.addresses)[0];
  const nis = str(l.external_identifier);
  return {
    key: text(l.id),
    name: str(l.name) ?? 'Locatie',
    description: str(l.description),
    municipality: nis !== undefined && /^\d{5}$/.test(nis) ? nis : undefined,
    latitude: num(l.latitude),
    longitude: num(l.longitude),
    address:
      address === undefined
        ? undefined
        : {
            street: text(address.address_1),
            postalCode: text(address.postal_code),
            city: text(address.city),
          },
    schedules: [],
  };
}

function mapCapacity(c: Json | undefined) {
  if (c === undefined) return undefined;
  const unit = isObject(c.unit) ? str(c.unit.name) : undefined;
  return { available: num(c.available), maximum: num(c.maximum), unit, updated: str(c.updated) };
}

function mapService(s: Json) {
  const termsById = new Map(allHsdsTerms().map((t) => [t.id, t.code]));
  const termCodes = new Set(allHsdsTerms().map((t) => t.code));
  const terms = list(s.attributes).flatMap((a) => {
    const viaId =
      str(a.taxonomy_term_id) === undefined ? undefined : termsById.get(String(a.taxonomy_term_id));
    const viaValue =
      str(a.value) !== undefined && termCodes.has(String(a.value)) ? String(a.value) : undefined;
    return viaId ?? viaValue ?? [];
  });
  const ageMonths = (months: unknown, years: unknown) => {
    const y = num(years);
    return num(months) ?? (y === undefined ? undefined : Math.round(y * 12));
  };
  return {
    key: text(s.id),
    name: text(s.name),
    alternateName: str(s.alternate_name),
    description: text(s.description),
    url: str(s.url),
    email: str(s.email),
    status: s.status,
    applicationProcess: str(s.application_process),
    eligibilityDescription: str(s.eligibility_description),
    feesDescription: str(s.fees_description),
    freeOfCharge: typeof s.free_of_charge === 'boolean' ? s.free_of_charge : undefined,
    waitTime: str(s.wait_time),
    capacity: mapCapacity(list(s.capacities)[0]),
    ageMinMonths: ageMonths(s.age_minimum_months, s.minimum_age),
    ageMaxMonths: ageMonths(s.age_maximum_months, s.maximum_age),
    duringPregnancy: s.during_pregnancy === true,
    terms: [...new Set(terms)],
    areas: list(s.service_areas).map(mapArea),
    servesBeyondProvince: s.serves_beyond_province === true,
    languages: list(s.languages).flatMap((l) =>
      str(l.code) === undefined ? [] : [String(l.code)],
    ),
    phones: mapPhones(s.phones),
    contacts: list(s.contacts).map((c) => ({
      name: str(c.name),
      title: str(c.title),
      department: str(c.department),
      email: str(c.email),
      phones: [],
    })),
    schedules: list(s.schedules).map((x) => ({
      description: str(x.description),
      freq: str(x.freq),
      byday: str(x.byday)
        ?.split(',')
        .map((d) => d.trim()),
      opensAt: str(x.opens_at)?.slice(0, 5),
      closesAt: str(x.closes_at)?.slice(0, 5),
      dates: Array.isArray(x.dates) ? x.dates : undefined,
      validFrom: str(x.valid_from),
      validTo: str(x.valid_to),
      attendingType: str(x.attending_type),
      notes: str(x.notes),
    })),
    locations: list(s.service_at_locations).flatMap((sal) =>
      isObject(sal.location) ? [text(sal.location.id)] : (str(sal.location_id) ?? []),
    ),
  };
}

export type ImportResult = { organizations: number; services: number; errors: string[] };

export async function importHsds(db: Db, input: unknown, now: Date): Promise<ImportResult> {
  if (!Array.isArray(input)) {
    return {
      organizations: 0,
      services: 0,
      errors: ['The file must hold a JSON list of HSDS organizations or services.'],
    };
  }
  const errors: string[] = [];
  const organizations = new Map<
    string,
    { org: Json; services: Json[]; locations: Map<string, Json> }
  >();
  const label = (i: number, kind: string, r: Json) =>
    `record ${i + 1} (${kind} "${text(r.name) || '?'}", id ${text(r.id) || '?'})`;

  input.forEach((record: unknown, i) => {
    if (!isObject(record)) {
      errors.push(`record ${i + 1}: is not a JSON object.`);
      return;
    }
    const isService = 'status' in record || 'organization_id' in record || 'organization' in record;
    const validate = hsdsValidator(
      isService ? 'compiled/service.json' : 'compiled/organization.json',
    );
    if (!validate(record)) {
      errors.push(
        `${label(i, isService ? 'service' : 'organization', record)}: ${describeErrors(validate)}`,
      );
      return;
    }
    const org = isService
      ? isObject(record.organization)
        ? record.organization
        : undefined
      : record;
    const orgId = text(org?.id ?? record.organization_id);
    const entry = organizations.get(orgId) ?? {
      org: org ?? { id: orgId },
      services: [],
      locations: new Map<string, Json>(),
    };
    if (org !== undefined) entry.org = { ...entry.org, ...org };
    const orgServices = isService ? [record] : list(record.services);
    for (const s of orgServices) {
      entry.services.push(s);
      for (const sal of list(s.service_at_locations))
        if (isObject(sal.location)) entry.locations.set(String(sal.location.id), sal.location);
    }
    for (const l of list(org?.locations)) entry.locations.set(String(l.id), l);
    organizations.set(orgId, entry);
  });

  const orgsWithoutName = [...organizations.entries()].filter(
    ([, e]) => str(e.org.name) === undefined,
  );
  for (const [id] of orgsWithoutName) {
    errors.push(
      `organization ${id || '(no id)'}: its name and description are missing; give services their organization object or list the organization with its services.`,
    );
  }
  if (errors.length > 0) return { organizations: 0, services: 0, errors };

  const directory = {
    source: 'HSDS import',
    organizations: [...organizations.values()].map((e) => ({
      key: String(e.org.id),
      name: text(e.org.name),
      alternateName: str(e.org.alternate_name),
      description: text(e.org.description),
      email: str(e.org.email),
      website: str(e.org.website),
      phones: mapPhones(e.org.phones),
      locations: [...e.locations.values()].map(mapLocation),
      services: e.services.map(mapService),
    })),
  };
  const parsed = directorySchema.safeParse(directory);
  if (!parsed.success) {
    const byRecord = new Map<string, string[]>();
    for (const issue of parsed.error.issues) {
      const [, oi, kind, si, ...rest] = issue.path;
      const org = directory.organizations[Number(oi)];
      const service = kind === 'services' ? org?.services[Number(si)] : undefined;
      const who = service
        ? `service "${service.name}" (id ${service.key})`
        : `organization "${org?.name ?? '?'}" (id ${org?.key ?? '?'})`;
      const field = (service ? rest : [kind, si, ...rest]).filter((p) => p !== undefined).join('.');
      byRecord.set(who, [...(byRecord.get(who) ?? []), `${field}: ${issue.message}`]);
    }
    return {
      organizations: 0,
      services: 0,
      errors: [...byRecord].map(([who, msgs]) => `${who}: ${msgs.join('; ')}`),
    };
  }
  const written = await writeDirectory(db, parsed.data, now);
  // Fresh statistics for the search's word shares (search/rarity.ts): the embedded database has no
  // autovacuum to notice a large import, and PostgreSQL's would only come later.
  await db.execute(sql`ANALYZE service_search`);
  return { organizations: written.organizations, services: written.services, errors: [] };
}
