/**
 * The relationship facts are gathered for many cases in one statement; each case's facts are its
 * own. A parent of one family, a member of one team, a holder of one break-the-glass grant and an
 * organisation sharing in one case gain nothing on the case next to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { rows } from '../../src/platform/db/database.ts';
import type { Scope } from '../../src/kernel/accessContext.ts';
import { gatherCases } from '../../src/kernel/guards/caseRelationship.ts';
import { principalOf, type Principal } from '../../src/kernel/principal.ts';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { storageModes } from '../support/storageModes.ts';
import { createPerson, twoOrganizations } from '../support/people.ts';

describe.each(storageModes)('gathering case relationships on %s', (mode) => {
  let database: TestDatabase;
  let world: {
    mine: string;
    next: string;
    orgA: string;
    orgB: string;
    principal: Principal;
    now: Date;
  };
  beforeAll(async () => {
    database = await createTestDatabase(mode);
  });
  afterAll(() => database.drop());

  it('keeps each case to its own facts', async () => {
    const db = database.db;
    const now = new Date('2026-11-22T10:00:00Z');
    const [orgA, orgB] = await twoOrganizations(db);
    const person = await createPerson(db, {
      role: 'case_coordinator',
      organizationId: orgA,
      name: 'Ann Eigen',
      now,
    });
    const [mine, next] = [randomUUID(), randomUUID()];
    for (const [caseId, label] of [
      [mine, 'Gezin Eigen'],
      [next, 'Gezin Naast'],
    ] as const) {
      const familyId = randomUUID();
      await db.execute(sql`INSERT INTO families (id, label, created_at)
        VALUES (${familyId}, ${label}, ${now.toISOString()})`);
      await db.execute(sql`INSERT INTO cases (id, family_id, organization_id, title, status, created_at, updated_at)
        VALUES (${caseId}, ${familyId}, ${orgA}, 'Begeleiding', 'open', ${now.toISOString()}, ${now.toISOString()})`);
      if (caseId === mine)
        await db.execute(
          sql`INSERT INTO family_parents (family_id, user_id) VALUES (${familyId}, ${person.id})`,
        );
    }
    await db.execute(sql`INSERT INTO case_members (case_id, user_id, organization_id, case_role, added_at)
      VALUES (${mine}, ${person.id}, ${orgA}, 'coordinator', ${now.toISOString()})`);
    await db.execute(sql`INSERT INTO break_glass_grants (id, case_id, user_id, reason, granted_at, expires_at)
      VALUES (${randomUUID()}, ${mine}, ${person.id}, 'Kind alleen thuis', ${now.toISOString()}, '2026-11-22T12:00:00Z')`);
    await db.execute(sql`INSERT INTO case_shares (case_id, organization_id, legal_basis, agreement, agreement_recorded_at, created_at)
      VALUES (${mine}, ${orgB}, 'consent', 'given', ${now.toISOString()}, ${now.toISOString()})`);
    const principal = principalOf(
      person.id,
      {
        status: 'active',
        email: person.email,
        displayName: 'Ann Eigen',
        locale: 'nl',
        phone: null,
        memberships: [],
      },
      { id: randomUUID(), csrfToken: 'x' },
    );
    if (principal === null) throw new Error('no principal');
    world = { mine, next, orgA, orgB, principal, now };
    // As a transaction's statement, and prepared as a read-only operation's: the same facts.
    for (const scope of [
      { read: <R>(q: SQL) => rows<R>(db, q) },
      { read: <R>(q: SQL) => database.preparedRows<R>(q) },
    ])
      await expectOwnFacts(scope);
  });

  async function expectOwnFacts(scope: Pick<Scope, 'read'>) {
    const { mine, next, orgA, orgB, principal, now } = world;
    const gathered = await gatherCases(scope, principal, [mine, next, 'not-an-id'], now);
    expect([...gathered.keys()].sort()).toEqual([mine, next].sort());
    const own = gathered.get(mine)?.relationship;
    expect(own).toMatchObject({
      teamMember: { caseRole: 'coordinator', organizationId: orgA },
      isParentOfFamily: true,
      supporterPersonId: null,
      isReferrer: false,
      breakGlassUntil: new Date('2026-11-22T12:00:00Z'),
    });
    expect(own?.shares.get(orgB)).toEqual({ legalBasis: 'consent', agreement: 'given' });
    expect(gathered.get(next)?.relationship).toMatchObject({
      teamMember: null,
      isParentOfFamily: false,
      isReferrer: false,
      breakGlassUntil: null,
    });
    expect(gathered.get(next)?.relationship.shares.size).toBe(0);
    // A grant that ran out opens nothing.
    const later = await gatherCases(scope, principal, [mine], new Date('2026-11-22T12:00:01Z'));
    expect(later.get(mine)?.relationship.breakGlassUntil).toBeNull();
  }
});
