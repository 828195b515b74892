/**
 * Import of HSDS 3.1 records: organizations (with services) or services (with their
 * organization), as a list, a page or one record. Every record is checked against the official
 * schema and the Omringd profile; one invalid record stops the whole import, with one clear line
 * per invalid record. What HSDS allows is kept; what is kept but not placed is reported.
 */
import { sql } from 'drizzle-orm';
import { directorySchema } from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { writeDirectory } from '../../modules/socialMap/directory/writeDirectory.ts';
import { describeErrors, hsdsValidator } from './hsdsSchemas.ts';
import {
  ImportNotes,
  isObject,
  list,
  mapLocation,
  mapPhones,
  mapService,
  str,
  text,
  type Json,
} from './mapFromHsds.ts';

export type ImportResult = {
  organizations: number;
  services: number;
  errors: string[];
  /** What was kept but could not be used fully (e.g. an address abroad is not on our map). */
  notes: string[];
};

/**
 * The records of an HSDS file: a list of organizations or services, a Page of them (what an HSDS
 * API answers: `{ "contents": [...] }`), or one organization or service.
 */
export function recordsOf(input: unknown): unknown[] | null {
  if (Array.isArray(input)) return input as unknown[];
  if (!isObject(input)) return null;
  if (Array.isArray(input.contents)) return input.contents as unknown[];
  return [input];
}

export async function importHsds(db: Db, input: unknown, now: Date): Promise<ImportResult> {
  const records = recordsOf(input);
  if (records === null) {
    return {
      organizations: 0,
      services: 0,
      errors: [
        'The file must hold HSDS organizations or services: a list, a page of them ({"contents": [...]}) or one of them.',
      ],
      notes: [],
    };
  }
  const errors: string[] = [];
  const notes = new ImportNotes();
  const organizations = new Map<
    string,
    { org: Json; services: Json[]; locations: Map<string, Json> }
  >();
  const label = (i: number, kind: string, r: Json) =>
    `record ${i + 1} (${kind} "${text(r.name) || '?'}", id ${text(r.id) || '?'})`;

  records.forEach((record: unknown, i) => {
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
  if (errors.length > 0) return { organizations: 0, services: 0, errors, notes: [] };

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
      locations: [...e.locations.values()].map((l) => mapLocation(l, notes)),
      services: e.services.map((s) => mapService(s, notes)),
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
      notes: [],
    };
  }
  const written = await writeDirectory(db, parsed.data, now);
  // Fresh statistics for the search's word shares (search/rarity.ts): the embedded database has no
  // autovacuum to notice a large import, and PostgreSQL's would only come later.
  await db.execute(sql`ANALYZE service_search`);
  return {
    organizations: written.organizations,
    services: written.services,
    errors: [],
    notes: notes.lines(),
  };
}
