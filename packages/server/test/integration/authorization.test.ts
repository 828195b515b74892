/**
 * Runs the authorization matrix (test/authorization/matrix.ts) against the real application on
 * both storage modes: every route × role × relationship, and anonymous. A route without an entry
 * fails; a denied case answer carries no case data and leaves a "denied" audit row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralDraftSchema } from '@omringd/core';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { auditEvents } from '../../src/kernel/audit/auditSchema.ts';
import {
  caseMembers,
  referrals,
  cases,
  caseShares,
  caseSupporters,
  familyParents,
  families,
} from '../../src/kernel/tables/caseSchema.ts';
import { organizations } from '../../src/platform/db/schema.ts';
import { homeVisits } from '../../src/kernel/tables/homeVisitSchema.ts';
import { closeTestApp, createTestApp, getJson, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, membershipOf } from '../support/people.ts';
import { actorName, actors, expected, matrix, type Fixture } from '../authorization/matrix.ts';
import { renderMatrix } from '../authorization/render.ts';

const routeKey = (method: string, url: string) => `${method} ${url}`;

describe.each(storageModes)('authorization matrix on %s', (mode) => {
  let t: TestApp;
  const agents = new Map<string, { agent: Agent | null; fixture: Fixture }>();

  beforeAll(async () => {
    t = await createTestApp(mode, undefined, { rateLimitPerMinute: false });
    const db = t.database.db;
    const orgs = await db
      .select({ id: organizations.id })
      .from(organizations)
      .orderBy(organizations.name)
      .limit(3);
    const [orgA, orgB, orgC] = orgs.map((o) => o.id);
    if (orgA === undefined || orgB === undefined || orgC === undefined)
      throw new Error('need three organisations');
    const hsdsFirst = async (path: string) =>
      (await getJson<{ contents: { id: string }[] }>(t.app, `/hsds/${path}?per_page=1`)).body
        .contents[0]?.id ?? '';
    const hsds = {
      service: await hsdsFirst('services'),
      organization: await hsdsFirst('organizations'),
      serviceAtLocation: await hsdsFirst('service_at_locations'),
      taxonomy: await hsdsFirst('taxonomies'),
      term: await hsdsFirst('taxonomy_terms'),
    };
    const coordinator = await createPerson(db, {
      role: 'case_coordinator',
      organizationId: orgA,
      name: 'Case Eigenaar',
      now: t.now.value,
    });

    let n = 0;
    for (const actor of actors) {
      n++;
      const unique = `${n}-${randomUUID().slice(0, 8)}`;
      // Every actor gets a case of its own, held by organisation A.
      const familyId = randomUUID();
      const caseId = randomUUID();
      await db
        .insert(families)
        .values({ id: familyId, label: `Gezin Matrix ${unique}`, createdAt: t.now.value });
      await db.insert(cases).values({
        id: caseId,
        familyId,
        organizationId: orgA,
        title: `Dossier geheim ${unique}`,
        concern: 'Zorgen over de veiligheid.',
        restricted: { addiction: 'Moeder gebruikt.' },
        status: 'open',
        createdAt: t.now.value,
        updatedAt: t.now.value,
      });
      const spareCoordinator = await createPerson(db, {
        role: 'case_coordinator',
        organizationId: orgA,
        name: `Overnemer ${unique}`,
        now: t.now.value,
      });
      const spare = await createPerson(db, {
        role: 'first_line',
        organizationId: orgA,
        name: `Reserve ${unique}`,
        now: t.now.value,
      });
      const fixture: Fixture = {
        caseId,
        ownOrganizationId: orgA,
        otherOrganizationId: orgB,
        thirdOrganizationId: orgC,
        spareUserId: spare.id,
        spareCoordinatorId: spareCoordinator.id,
        spareMembershipId: await membershipOf(db, spare.id),
        serviceId: hsds.service,
        hsds,
        unique,
        referralId: randomUUID(),
        visitId: randomUUID(),
      };
      // A home visit the family asked for, for the team to decide on and to put in a calendar.
      await db.insert(homeVisits).values({
        id: fixture.visitId,
        caseId,
        startsAt: new Date('2030-01-09T09:00:00Z'),
        minutes: 60,
        status: 'requested',
        requestedByName: 'Ouder Matrix',
        createdAt: t.now.value,
      });
      if (actor === 'anonymous') {
        agents.set(actorName(actor), { agent: null, fixture });
        continue;
      }
      if (actor.relationship !== 'own_case' || actor.role !== 'case_coordinator') {
        await db.insert(caseMembers).values({
          caseId,
          userId: coordinator.id,
          organizationId: orgA,
          caseRole: 'coordinator',
          addedAt: t.now.value,
        });
      }
      const inOrgA = actor.relationship === 'own_case' || actor.relationship === 'referrer';
      const person = await createPerson(db, {
        role: actor.role,
        organizationId: inOrgA ? orgA : orgB,
        name: `Actor ${unique}`,
        now: t.now.value,
        // A network coordinator manages the social map of all of Flanders here.
        ...(actor.role === 'network_coordinator'
          ? { regionProvinces: ['VAN', 'VBR', 'VLI', 'VOV', 'VWV'] }
          : {}),
      });
      fixture.ownOrganizationId = inOrgA ? orgA : orgB;
      switch (actor.relationship) {
        case 'own_case':
          await db.insert(caseMembers).values({
            caseId,
            userId: person.id,
            organizationId: orgA,
            caseRole: actor.role === 'case_coordinator' ? 'coordinator' : 'member',
            addedAt: t.now.value,
          });
          if (actor.role === 'parent' || actor.role === 'child')
            await db.insert(familyParents).values({ familyId, userId: person.id });
          // A supporter the family invited, as one person of its network.
          if (actor.role === 'supporter')
            await db.insert(caseSupporters).values({
              caseId,
              userId: person.id,
              networkPersonId: 'n-matrix',
              invitedByName: 'Ouder Matrix',
              createdAt: t.now.value,
            });
          break;
        case 'shared_with_agreement':
        case 'agreement_withdrawn':
          await db.insert(caseMembers).values({
            caseId,
            userId: person.id,
            organizationId: orgB,
            caseRole: 'member',
            addedAt: t.now.value,
          });
          await db.insert(caseShares).values({
            caseId,
            organizationId: orgB,
            legalBasis: 'art. 74 decreet integrale jeugdhulp',
            agreement: actor.relationship === 'shared_with_agreement' ? 'given' : 'withdrawn',
            agreementRecordedBy: coordinator.id,
            agreementRecordedAt: t.now.value,
            createdAt: t.now.value,
          });
          break;
        case 'referrer':
          break;
        case 'other_org_case':
          break;
      }
      // Every case came from a referral to organisation A; the actor made it in "referrer".
      await db.insert(referrals).values({
        id: fixture.referralId,
        caseId,
        receivingOrganizationId: orgA,
        referrerUserId: actor.relationship === 'referrer' ? person.id : coordinator.id,
        referrerOrganizationId: orgA,
        content: referralDraftSchema.parse({}),
        status: 'accepted',
        feedback: 'Opgenomen door casusregie.',
        createdAt: t.now.value,
        sentAt: t.now.value,
        updatedAt: t.now.value,
      });
      const agent = new Agent(t.app, t.now, `10.0.${Math.floor(n / 250)}.${n % 250}`);
      const signedIn = await agent.signIn(person);
      if (signedIn.status !== 200)
        throw new Error(`${actorName(actor)} could not sign in: ${JSON.stringify(signedIn.body)}`);
      agents.set(actorName(actor), { agent, fixture });
    }
  });
  afterAll(() => closeTestApp(t));

  it('has an entry for every route, and no entry for a route that does not exist', () => {
    const registered = t.routes
      .map((r) => routeKey(r.method, r.url))
      .filter((k) => !k.startsWith('GET /*'));
    const missing = registered.filter((k) => !(k in matrix));
    expect(missing, `routes without a matrix entry: ${missing.join(', ')}`).toEqual([]);
    const stale = Object.keys(matrix).filter((k) => !registered.includes(k));
    expect(stale, `matrix entries without a route: ${stale.join(', ')}`).toEqual([]);
  });

  it('a missing case answers exactly like a case one may not see', async () => {
    const slot = agents.get('first_line/other_org_case');
    if (slot?.agent == null) throw new Error('missing actor');
    const hidden = await slot.agent.request('GET', `/api/v1/cases/${slot.fixture.caseId}`);
    const missing = await slot.agent.request('GET', `/api/v1/cases/${randomUUID()}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
  });

  it('answers every route for every role, relationship and anonymous as the matrix says, and every answer of a protected route leaves exactly one audit row', async () => {
    const ordered = Object.entries(matrix).sort(([, a], [, b]) => (a.late ?? 0) - (b.late ?? 0));
    const mismatches: string[] = [];
    const access = new Map(t.routes.map((r) => [routeKey(r.method, r.url), r.access]));
    let checked = 0;
    const lastRow = async () =>
      Number(
        (
          (await t.database.executeSql('SELECT coalesce(max(id), 0)::text AS n FROM audit_events'))
            .rows[0] as { n: string }
        ).n,
      );
    for (const [key, entry] of ordered) {
      const [method = 'GET', url = ''] = key.split(' ');
      for (const actor of actors) {
        const slot = agents.get(actorName(actor));
        if (slot === undefined) throw new Error(`no agent for ${actorName(actor)}`);
        const { url: path, body } = entry.request(slot.fixture);
        const agent = slot.agent ?? new Agent(t.app, t.now, '10.9.9.9');
        const before = await lastRow();
        const response = await agent.request<unknown>(method, path, body);
        const written = (await lastRow()) - before;
        if (access.get(key) !== 'public') checked++;
        if (access.get(key) !== 'public' && written !== 1)
          mismatches.push(
            `${key} as ${actorName(actor)} (${response.status}): ${written} audit rows, expected exactly 1`,
          );
        const want = expected(entry, actor);
        if (response.status !== want)
          mismatches.push(
            `${key} as ${actorName(actor)}: ${response.status}, expected ${want} (${JSON.stringify(response.body).slice(0, 160)})`,
          );
        if (url.startsWith('/api/v1/cases/:id') && response.status === 404) {
          const text = JSON.stringify(response.body);
          if (text.includes('geheim') || text.includes('Moeder'))
            mismatches.push(`${key} as ${actorName(actor)}: a 404 carried case data`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    // Well over a thousand requests, PDFs among them: more than the default minute on a busy machine.
  }, 240_000);

  it('a denied read leaves a "denied" audit row naming the user, the case and the reason', async () => {
    const slot = agents.get('first_line/other_org_case');
    if (slot === undefined) throw new Error('missing actor');
    const denied = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.caseId, slot.fixture.caseId), eq(auditEvents.outcome, 'denied')));
    expect(denied.length).toBeGreaterThan(0);
    expect(denied[0]).toMatchObject({ action: 'read', role: 'first_line', subjectType: 'case' });
    expect(denied[0]?.details).toMatchObject({ reason: 'no_relationship' });
  });
});

describe('the authorization matrix document', () => {
  it('docs/authorization-matrix.md is rendered from the current matrix (npm run docs:matrix)', async () => {
    const committed = await readFile(
      new URL('../../../../docs/authorization-matrix.md', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(renderMatrix());
  });
});
