/**
 * The case file's statements on the protected tables. Only this file (and the kernel) imports
 * them; every function runs on the transaction of a guard, which has decided and audits.
 */
import { staffEmail } from '../../kernel/signInName.ts';
import { and, desc, eq, gt, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { users } from '../../platform/db/identitySchema.ts';
import { organizations } from '../../platform/db/schema.ts';
import {
  breakGlassGrants,
  caseMembers,
  cases,
  caseShares,
  families,
  referralEvents,
  referrals,
} from '../../kernel/tables/caseSchema.ts';
import type { CaseRow } from '../../kernel/guards/caseGuard.ts';
import type { CaseView } from '@omringd/core';
import { uuidArray } from '../../platform/db/uuidArray.ts';

export type CaseViewFacts = {
  familyLabel: string;
  team: CaseView['team'];
  shares: CaseView['shares'];
};

/** What the case view shows besides the case row, in one statement: family, team, shares. */
export function caseViewFactsQuery(row: CaseRow): SQL {
  return sql`SELECT f.label AS "familyLabel",
    (SELECT coalesce(json_agg(json_build_object('userId', m.user_id, 'displayName', u.display_name,
        'caseRole', m.case_role, 'organizationId', m.organization_id) ORDER BY m.added_at), '[]'::json)
      FROM case_members m JOIN users u ON u.id = m.user_id WHERE m.case_id = ${row.id}) AS team,
    (SELECT coalesce(json_agg(json_build_object('organizationId', s.organization_id,
        'organizationName', o.name, 'legalBasis', s.legal_basis, 'agreement', s.agreement,
        'agreementRecordedAt',
        to_char(s.agreement_recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        ORDER BY s.created_at), '[]'::json)
      FROM case_shares s JOIN organizations o ON o.id = s.organization_id
      WHERE s.case_id = ${row.id}) AS shares
    FROM families f WHERE f.id = ${row.familyId}`;
}

/** The ids of the cases the user is in the team of, most recently changed first. */
export async function myCaseIds(tx: Db, userId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: cases.id })
    .from(caseMembers)
    .innerJoin(cases, eq(cases.id, caseMembers.caseId))
    .where(eq(caseMembers.userId, userId))
    .orderBy(desc(cases.updatedAt))
    .limit(1000);
  return rows.map((r) => r.id);
}

/** The list of these cases (the user's team role in each), most recently changed first. */
export function caseListQuery(userId: string, caseIds: string[]): SQL | null {
  const ids = uuidArray(caseIds);
  if (ids === null) return null;
  return sql`SELECT c.id, c.title, f.label AS "familyLabel", c.status, m.case_role AS "caseRole"
    FROM cases c JOIN families f ON f.id = c.family_id
    JOIN case_members m ON m.case_id = c.id AND m.user_id = ${userId}
    WHERE c.id = ANY(${ids}::uuid[])
    ORDER BY c.updated_at DESC`;
}

export type NewCaseRows = {
  familyLabel: string;
  postalCode: string | null;
  organizationId: string;
  title: string;
  concern: string;
  restricted: Record<string, string>;
  coordinatorUserId: string;
};

/** A family, its case and the one contact person, in the guard's transaction. */
export async function insertCase(tx: Db, input: NewCaseRows, now: Date): Promise<CaseRow> {
  const familyId = randomUUID();
  await tx.insert(families).values({
    id: familyId,
    label: input.familyLabel,
    postalCode: input.postalCode,
    createdAt: now,
  });
  const [row] = await tx
    .insert(cases)
    .values({
      id: randomUUID(),
      familyId,
      organizationId: input.organizationId,
      title: input.title,
      concern: input.concern,
      restricted: input.restricted,
      status: 'open',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (row === undefined) throw new Error('The case was not stored.');
  await tx.insert(caseMembers).values({
    caseId: row.id,
    userId: input.coordinatorUserId,
    organizationId: input.organizationId,
    caseRole: 'coordinator',
    addedAt: now,
  });
  return row;
}

export async function updateCaseRow(
  tx: Db,
  caseId: string,
  change: Partial<Pick<CaseRow, 'title' | 'concern' | 'status' | 'restricted'>>,
  now: Date,
): Promise<CaseRow | undefined> {
  const [row] = await tx
    .update(cases)
    .set({ ...change, updatedAt: now })
    .where(eq(cases.id, caseId))
    .returning();
  return row;
}

export async function addMember(
  tx: Db,
  input: { caseId: string; userId: string; organizationId: string },
  now: Date,
): Promise<boolean> {
  const added = await tx
    .insert(caseMembers)
    .values({ ...input, caseRole: 'member', addedAt: now })
    .onConflictDoNothing()
    .returning({ userId: caseMembers.userId });
  return added.length === 1;
}

/** The share of one organisation, if the case has one (legal basis and agreement). */
export async function shareFor(tx: Db, caseId: string, organizationId: string) {
  const [share] = await tx
    .select()
    .from(caseShares)
    .where(and(eq(caseShares.caseId, caseId), eq(caseShares.organizationId, organizationId)));
  return share;
}

export async function upsertShare(
  tx: Db,
  input: {
    caseId: string;
    organizationId: string;
    legalBasis: string;
    agreement: 'given' | 'withdrawn' | 'refused';
    recordedBy: string;
  },
  now: Date,
): Promise<void> {
  const values = {
    legalBasis: input.legalBasis,
    agreement: input.agreement,
    agreementRecordedBy: input.recordedBy,
    agreementRecordedAt: now,
  };
  await tx
    .insert(caseShares)
    .values({
      caseId: input.caseId,
      organizationId: input.organizationId,
      createdAt: now,
      ...values,
    })
    .onConflictDoUpdate({ target: [caseShares.caseId, caseShares.organizationId], set: values });
}

export async function caseExists(tx: Db, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId));
  return row;
}

export async function insertBreakGlass(
  tx: Db,
  input: { caseId: string; userId: string; reason: string; expiresAt: Date },
  now: Date,
): Promise<void> {
  await tx.insert(breakGlassGrants).values({ id: randomUUID(), grantedAt: now, ...input });
}

export async function coordinatorsOf(tx: Db, caseId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: caseMembers.userId })
    .from(caseMembers)
    .where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.caseRole, 'coordinator')));
  return rows.map((r) => r.userId);
}

/**
 * Hand-over as one conditional step: the caller stops being coordinator only if they still are
 * (a racing second hand-over finds nothing to change), and the database's one-coordinator index
 * refuses a second contact person whatever else happens.
 */
export async function handOver(
  tx: Db,
  input: { caseId: string; fromUserId: string; toUserId: string; organizationId: string },
  now: Date,
): Promise<{ referrerUserIds: string[] } | null> {
  const stepped = await tx
    .update(caseMembers)
    .set({ caseRole: 'member' })
    .where(
      and(
        eq(caseMembers.caseId, input.caseId),
        eq(caseMembers.userId, input.fromUserId),
        eq(caseMembers.caseRole, 'coordinator'),
      ),
    )
    .returning({ userId: caseMembers.userId });
  if (stepped.length === 0) return null;
  await tx
    .insert(caseMembers)
    .values({
      caseId: input.caseId,
      userId: input.toUserId,
      organizationId: input.organizationId,
      caseRole: 'coordinator',
      addedAt: now,
    })
    .onConflictDoUpdate({
      target: [caseMembers.caseId, caseMembers.userId],
      set: { caseRole: 'coordinator', organizationId: input.organizationId },
    });
  const moved = await tx
    .update(referrals)
    .set({ assignedUserId: input.toUserId, updatedAt: now })
    .where(eq(referrals.caseId, input.caseId))
    .returning({ referrerUserId: referrals.referrerUserId });
  return { referrerUserIds: moved.map((r) => r.referrerUserId) };
}

/** The newest referral of a case (what its referrer follows). */
export async function latestReferralOf(tx: Db, caseId: string) {
  const [referral] = await tx
    .select()
    .from(referrals)
    .where(eq(referrals.caseId, caseId))
    .orderBy(desc(referrals.createdAt))
    .limit(1);
  return referral;
}

/**
 * The case's contact person (its one coordinator): who they are, their organisation, and how to
 * reach them. The one query every capability asks (the family's plan, its portal, home visits,
 * the referrer's view).
 */
export async function contactPersonOf(tx: Db, caseId: string) {
  const [coordinator] = await tx
    .select({
      userId: users.id,
      name: users.displayName,
      organization: organizations.name,
      email: staffEmail,
      phone: users.phone,
    })
    .from(caseMembers)
    .innerJoin(users, eq(users.id, caseMembers.userId))
    .innerJoin(organizations, eq(organizations.id, caseMembers.organizationId))
    .where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.caseRole, 'coordinator')))
    .limit(1);
  return coordinator;
}

export async function caseloadCounts(tx: Db, since: Date) {
  const [row] = await tx
    .select({
      open: sql<number>`count(*) FILTER (WHERE ${cases.status} = 'open')::int`,
      closed: sql<number>`count(*) FILTER (WHERE ${cases.status} = 'closed')::int`,
    })
    .from(cases);
  const [glass] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(breakGlassGrants)
    .where(gt(breakGlassGrants.grantedAt, since));
  return { open: row?.open ?? 0, closed: row?.closed ?? 0, breakGlassLast30Days: glass?.n ?? 0 };
}

/** Referrals to a programme whose case runs (the duration sweep's candidates). */
export async function runningProgrammeCases(tx: Db) {
  const rows = await tx
    .select({ referral: referrals })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(
      and(
        isNotNull(referrals.programmeKey),
        inArray(referrals.status, ['accepted', 'in-progress', 'on-hold']),
        eq(cases.status, 'open'),
      ),
    );
  return rows.map((r) => r.referral);
}

/** When the referral was accepted (the case started), or null. */
export async function acceptedAt(tx: Db, referralId: string): Promise<Date | null> {
  const [accepted] = await tx
    .select({ at: referralEvents.at })
    .from(referralEvents)
    .where(and(eq(referralEvents.referralId, referralId), eq(referralEvents.toStatus, 'accepted')));
  return accepted?.at ?? null;
}
