/**
 * The HSDS tabular format (a datapackage of CSV files, one per table) as HSDS JSON records:
 * organizations with their phones and locations (with addresses and schedules), each with its
 * services (with phones, schedules, service areas, languages, contacts, attributes and the
 * locations they are offered at). CSV holds text only: the numbers HSDS types as numbers are
 * read as numbers, empty cells are left out.
 */
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from './mapFromHsds.ts';

/** The fields each table types as a number (HSDS 3.1 schema). */
const numeric: Record<string, readonly string[]> = {
  services: ['minimum_age', 'maximum_age'],
  locations: ['latitude', 'longitude'],
  phones: ['extension'],
  schedules: ['timezone', 'count', 'interval'],
  organizations: ['year_incorporated'],
  service_capacity: ['available', 'maximum'],
};

type Row = Json;

/** A table's rows, or none when the package has no file for it. */
function readTable(dir: string, table: string, paths: Map<string, string>): Row[] {
  const file = join(dir, paths.get(table) ?? `${table}.csv`);
  if (!existsSync(file)) return [];
  const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    trim: true,
  });
  const numbers = numeric[table] ?? [];
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => [k, numbers.includes(k) && Number.isFinite(Number(v)) ? Number(v) : v]),
    ),
  );
}

/** The package's own table paths when its datapackage.json lists them, else the standard names. */
function tablePaths(dir: string): Map<string, string> {
  const file = join(dir, 'datapackage.json');
  if (!existsSync(file)) return new Map();
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
      resources?: { name?: unknown; path?: unknown }[];
    };
    return new Map(
      (parsed.resources ?? []).flatMap((r) =>
        typeof r.name === 'string' && typeof r.path === 'string' ? [[r.name, r.path]] : [],
      ),
    );
  } catch {
    // A datapackage.json that is no JSON (some copies hold a link to the real one): the
    // standard file names still find the tables.
    return new Map();
  }
}

const byKey = (rows: Row[], key: string) => {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const value = row[key];
    if (typeof value !== 'string') continue;
    groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  return (value: unknown) => (typeof value === 'string' ? (groups.get(value) ?? []) : []);
};

/** Reads the CSV tables of an HSDS datapackage directory as HSDS organizations in JSON. */
export function readTabular(dir: string): Json[] {
  const paths = tablePaths(dir);
  const table = (name: string) => readTable(dir, name, paths);
  const organizations = table('organizations');
  if (organizations.length === 0)
    throw new Error(`No organizations.csv in ${dir}: is this an HSDS datapackage?`);
  const services = table('services');
  const locations = table('locations');
  const phones = table('phones');
  const schedules = table('schedules');
  const servicesOf = byKey(services, 'organization_id');
  const locationsOf = byKey(locations, 'organization_id');
  const addressesOf = byKey(table('addresses'), 'location_id');
  const phonesOfService = byKey(phones, 'service_id');
  const phonesOfOrganization = byKey(
    phones.filter((p) => p.service_id === undefined && p.location_id === undefined),
    'organization_id',
  );
  const schedulesOfService = byKey(schedules, 'service_id');
  const schedulesOfLocation = byKey(
    schedules.filter((s) => s.service_id === undefined),
    'location_id',
  );
  const areasOf = byKey(table('service_areas'), 'service_id');
  const languagesOf = byKey(table('languages'), 'service_id');
  const contactsOf = byKey(table('contacts'), 'service_id');
  const capacitiesOf = byKey(table('service_capacity'), 'service_id');
  const attributesOf = byKey(table('attributes'), 'link_id');
  const atLocationsOf = byKey(table('service_at_location'), 'service_id');
  const locationById = new Map(locations.map((l) => [l.id, l]));

  const location = (l: Row): Json => ({
    ...l,
    addresses: addressesOf(l.id),
    schedules: schedulesOfLocation(l.id),
  });
  return organizations.map((o) => ({
    ...o,
    phones: phonesOfOrganization(o.id),
    locations: locationsOf(o.id).map(location),
    services: servicesOf(o.id).map((s) => ({
      ...s,
      phones: phonesOfService(s.id),
      schedules: schedulesOfService(s.id),
      service_areas: areasOf(s.id),
      languages: languagesOf(s.id),
      contacts: contactsOf(s.id),
      capacities: capacitiesOf(s.id),
      attributes: attributesOf(s.id),
      service_at_locations: atLocationsOf(s.id).map((sal) => {
        const at = locationById.get(sal.location_id);
        return at === undefined ? sal : { ...sal, location: location(at) };
      }),
    })),
  }));
}
