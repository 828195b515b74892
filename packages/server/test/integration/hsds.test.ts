/**
 * Every HSDS endpoint's answer for all demo data is validated against the pinned official
 * HSDS 3.1 schemas (standards/hsds-3.1), including the Page object of the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hsdsValidator, describeErrors } from '../../src/facades/hsds/hsdsSchemas.ts';
import { closeTestApp, createTestApp, getJson, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';

type Page = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Record<string, unknown>[];
};

function expectValid(schemaFile: string, value: unknown, what: string): void {
  const validate = hsdsValidator(schemaFile);
  const ok = validate(value);
  expect(ok, `${what} against ${schemaFile}: ${describeErrors(validate)}`).toBe(true);
}

function expectPage(body: Page, perPage: number): void {
  for (const key of ['total_items', 'total_pages', 'page_number', 'size'])
    expect(Number.isInteger(body[key as keyof Page])).toBe(true);
  for (const key of ['first_page', 'last_page', 'empty'])
    expect(typeof body[key as keyof Page]).toBe('boolean');
  expect(body.size).toBe(body.contents.length);
  expect(body.size).toBeLessThanOrEqual(perPage);
}

async function allPages(t: TestApp, path: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await getJson<Page>(
      t.app,
      `${path}${path.includes('?') ? '&' : '?'}page=${page}&per_page=10`,
    );
    expect(status).toBe(200);
    expectPage(body, 10);
    items.push(...body.contents);
    if (body.last_page) return items;
  }
}

describe.each(storageModes)('HSDS 3.1 API on %s', (mode) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(mode);
  });
  afterAll(() => closeTestApp(t));

  it('describes itself at /hsds/', async () => {
    const { body } = await getJson<{ version: string; profile: string; openapi_url: string }>(
      t.app,
      '/hsds/',
    );
    expect(body.version).toBe('3.1');
    expect(body.profile).toMatch(/^https:\/\//);
    const openapi = await getJson<{ openapi: string }>(t.app, '/hsds/openapi.json');
    expect(openapi.body.openapi).toMatch(/^3\.1/);
    const profile = await getJson<{ additions: Record<string, unknown> }>(t.app, '/hsds/profile');
    expect(Object.keys(profile.body.additions)).toContain('service');
  });

  it('lists and returns every service valid against service_list.json and service.json', async () => {
    const list = await allPages(t, '/hsds/services');
    expect(list.length).toBe(34);
    for (const item of list)
      expectValid('compiled/service_list.json', item, `service ${String(item.name)}`);
    for (const item of list) {
      const { status, body } = await getJson(t.app, `/hsds/services/${String(item.id)}`);
      expect(status).toBe(200);
      expectValid('compiled/service.json', body, `service ${String(item.name)}`);
    }
  });

  it('lists and returns every organization valid against organization_list.json and organization.json', async () => {
    const list = await allPages(t, '/hsds/organizations');
    expect(list.length).toBeGreaterThan(20);
    for (const item of list) {
      expectValid('compiled/organization_list.json', item, `organization ${String(item.name)}`);
      const { body } = await getJson(t.app, `/hsds/organizations/${String(item.id)}`);
      expectValid('compiled/organization.json', body, `organization ${String(item.name)}`);
    }
  });

  it('lists service_at_locations, with postcode and proximity, valid against the schemas', async () => {
    const list = await allPages(t, '/hsds/service_at_locations');
    expect(list.length).toBeGreaterThan(10);
    for (const item of list) {
      expectValid(
        'compiled/service_at_location_list.json',
        item,
        `service_at_location ${String(item.id)}`,
      );
      const { body } = await getJson(t.app, `/hsds/service_at_locations/${String(item.id)}`);
      expectValid(
        'compiled/service_at_location.json',
        body,
        `service_at_location ${String(item.id)}`,
      );
    }
    const near = await getJson<Page>(
      t.app,
      '/hsds/service_at_locations?postcode=9000&proximity=20000&per_page=100',
    );
    const locationNames = near.body.contents.map((c) => (c.location as { name: string }).name);
    expect(locationNames).toContain('MSOC Gent');
    expect(locationNames).not.toContain('Katarsis');
  });

  it('serves taxonomies and terms valid against taxonomy.json and taxonomy_term.json', async () => {
    const taxonomies = await allPages(t, '/hsds/taxonomies');
    expect(taxonomies).toHaveLength(4);
    for (const item of taxonomies) {
      expectValid('taxonomy.json', item, `taxonomy ${String(item.name)}`);
      expectValid(
        'taxonomy.json',
        (await getJson(t.app, `/hsds/taxonomies/${String(item.id)}`)).body,
        'taxonomy',
      );
    }
    const terms = await allPages(t, '/hsds/taxonomy_terms');
    for (const item of terms) {
      expectValid('taxonomy_term.json', item, `term ${String(item.code)}`);
      expectValid(
        'taxonomy_term.json',
        (await getJson(t.app, `/hsds/taxonomy_terms/${String(item.id)}`)).body,
        'term',
      );
    }
    const koap = terms.find((x) => x.code === 'target-group:koap');
    const filtered = await getJson<Page>(
      t.app,
      `/hsds/services?taxonomy_term_id=${String(koap?.id)}&per_page=100`,
    );
    expect(filtered.body.total_items).toBe(16);
  });

  it('filters services by search, organization and modified_after', async () => {
    const search = await getJson<Page>(t.app, '/hsds/services?search=tipi');
    expect(search.body.contents.map((c) => c.name)).toEqual(['Tipi']);
    const orgId = search.body.contents[0]?.organization_id;
    const byOrg = await getJson<Page>(t.app, `/hsds/services?organization_id=${String(orgId)}`);
    expect(byOrg.body.total_items).toBe(2);
    // A text search is the social map's own search: what the words mean, relevance first.
    const meaning = await getJson<Page>(
      t.app,
      `/hsds/services?search=${encodeURIComponent('ongeboren kind drugafhankelijke ouders West-Vlaanderen')}`,
    );
    expect(meaning.body.contents.slice(0, 5).map((c) => c.name)).toContain('DoDo');
    const narrowed = await getJson<Page>(
      t.app,
      `/hsds/services?search=tipi&organization_id=${String(orgId)}`,
    );
    expect(narrowed.body.contents.map((c) => c.name)).toEqual(['Tipi']);
    const later = await getJson<Page>(t.app, '/hsds/services?modified_after=2030-01-01T00:00:00Z');
    expect(later.body.empty).toBe(true);
    const bad = await getJson<{ error: { code: string } }>(
      t.app,
      '/hsds/services?modified_after=yesterday',
    );
    expect(bad.status).toBe(400);
    const missing = await getJson(t.app, '/hsds/services/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
  });
});
