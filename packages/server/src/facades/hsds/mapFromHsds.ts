/**
 * HSDS 3.1 records as Omringd's social map: every field HSDS allows is kept (ages beyond
 * childhood, areas in words, addresses and phones abroad, every schedule field). What is kept but
 * cannot be placed on the map of Belgium is noted, so the import can say so.
 */
import { allHsdsTerms } from './taxonomyHsds.ts';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
export const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
/** Any scalar as text; objects and absent values become empty text, which validation then names. */
export const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

/** What an import kept but could not use fully, one line per kind, to report. */
export class ImportNotes {
  private readonly found = new Map<string, string[]>();
  add(kind: string, who: string): void {
    this.found.set(kind, [...(this.found.get(kind) ?? []), who]);
  }
  lines(): string[] {
    return [...this.found].map(
      ([kind, who]) =>
        `${kind}: ${String(who.length)} (${who.slice(0, 5).join(', ')}${who.length > 5 ? ', …' : ''})`,
    );
  }
}

/** A number as written, without the quotes some sources put around it ("\"+44 1234 234567\""). */
const phoneNumber = (v: unknown) => text(v).replace(/^["'\s]+|["'\s]+$/g, '');

export function mapPhones(v: unknown) {
  return list(v).map((p) => ({
    number: phoneNumber(p.number),
    extension: num(p.extension),
    type: str(p.type),
    description: str(p.description),
    validFrom: str(p.valid_from),
    validTo: str(p.valid_to),
  }));
}

/**
 * Our own export writes an area as `flanders`, `province:VLI` or `municipality:71022` in its
 * description; any other area is described in words or as an extent, and kept as such.
 */
export function mapArea(a: Json, who: string, notes: ImportNotes): unknown {
  const d = str(a.description) ?? '';
  if (d === 'flanders') return { kind: 'flanders' };
  const [kind, code] = d.split(':');
  if ((kind === 'province' || kind === 'municipality') && code !== undefined) return { kind, code };
  notes.add(
    'service areas described in words or as an extent, kept but not placed on the map of Belgium',
    who,
  );
  return {
    kind: 'described',
    name: str(a.name),
    description: str(a.description),
    extent: str(a.extent),
    extentType: str(a.extent_type),
    uri: str(a.uri),
  };
}

/** A coordinate pair that is on Earth, or none. */
function coordinates(l: Json, who: string, notes: ImportNotes) {
  const latitude = num(l.latitude);
  const longitude = num(l.longitude);
  if (latitude === undefined || longitude === undefined) return {};
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    notes.add('locations with coordinates that are not on Earth, kept without them', who);
    return {};
  }
  return { latitude, longitude };
}

export function mapLocation(l: Json, notes: ImportNotes) {
  const address = list(l.addresses)[0];
  const nis = str(l.external_identifier);
  const who = `${text(l.name) || 'location'} (id ${text(l.id)})`;
  const country = str(address?.country)?.toUpperCase();
  if (address !== undefined && country !== undefined && country !== 'BE')
    notes.add('addresses outside Belgium, kept but not placed on the map of Belgium', who);
  return {
    key: text(l.id),
    name: str(l.name) ?? 'Locatie',
    description: str(l.description),
    // Our own export names the municipality by its NIS code; another source's identifier
    // (a UPRN, say) is no municipality.
    municipality:
      (str(l.external_identifier_type)?.startsWith('NIS') ?? true) &&
      nis !== undefined &&
      /^\d{5}$/.test(nis)
        ? nis
        : undefined,
    ...coordinates(l, who, notes),
    address:
      address === undefined
        ? undefined
        : {
            street: text(address.address_1),
            street2: str(address.address_2),
            attention: str(address.attention),
            postalCode: text(address.postal_code),
            city: text(address.city),
            region: str(address.region),
            stateProvince: str(address.state_province),
            country: country ?? 'BE',
            addressType: str(address.address_type),
          },
    schedules: list(l.schedules).map(mapSchedule),
  };
}

/** Commas and spaces as RFC 5545 writes them: "TH,FR" → ["TH", "FR"]. */
const commaList = (v: unknown) =>
  str(v)
    ?.split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');

export function mapSchedule(x: Json) {
  return {
    description: str(x.description),
    freq: str(x.freq),
    byday: commaList(x.byday),
    opensAt: str(x.opens_at)?.slice(0, 5),
    closesAt: str(x.closes_at)?.slice(0, 5),
    dates: Array.isArray(x.dates) ? x.dates : undefined,
    validFrom: str(x.valid_from),
    validTo: str(x.valid_to),
    attendingType: str(x.attending_type),
    notes: str(x.notes),
    dtstart: str(x.dtstart),
    timezone: num(x.timezone),
    until: str(x.until),
    count: num(x.count),
    wkst: str(x.wkst),
    interval: num(x.interval),
    byweekno: str(x.byweekno),
    bymonthday: str(x.bymonthday),
    byyearday: str(x.byyearday),
    scheduleLink: str(x.schedule_link),
  };
}

function mapCapacity(c: Json | undefined) {
  if (c === undefined) return undefined;
  const unit = isObject(c.unit) ? str(c.unit.name) : undefined;
  return { available: num(c.available), maximum: num(c.maximum), unit, updated: str(c.updated) };
}

const ageMonths = (months: unknown, years: unknown) => {
  const y = num(years);
  return num(months) ?? (y === undefined ? undefined : Math.round(y * 12));
};

export function mapService(s: Json, notes: ImportNotes) {
  const termsById = new Map(allHsdsTerms().map((t) => [t.id, t.code]));
  const termCodes = new Set(allHsdsTerms().map((t) => t.code));
  const terms = list(s.attributes).flatMap((a) => {
    const viaId =
      str(a.taxonomy_term_id) === undefined ? undefined : termsById.get(String(a.taxonomy_term_id));
    const viaValue =
      str(a.value) !== undefined && termCodes.has(String(a.value)) ? String(a.value) : undefined;
    return viaId ?? viaValue ?? [];
  });
  const who = `${text(s.name) || 'service'} (id ${text(s.id)})`;
  const areas = list(s.service_areas).map((a) => mapArea(a, who, notes));
  if (areas.length === 0)
    notes.add('services without a service area, found only by searches without a place', who);
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
    areas,
    servesBeyondProvince: s.serves_beyond_province === true,
    languages: [
      ...new Set(
        list(s.languages).flatMap((l) => {
          const code = str(l.code)?.toLowerCase();
          return code !== undefined && /^[a-z]{2,3}$/.test(code) ? [code] : [];
        }),
      ),
    ],
    phones: mapPhones(s.phones),
    contacts: list(s.contacts).map((c) => ({
      name: str(c.name),
      title: str(c.title),
      department: str(c.department),
      email: str(c.email),
      phones: [],
    })),
    schedules: list(s.schedules).map(mapSchedule),
    locations: list(s.service_at_locations).flatMap((sal) =>
      isObject(sal.location) ? [text(sal.location.id)] : (str(sal.location_id) ?? []),
    ),
  };
}
