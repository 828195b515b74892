/**
 * The facts the core decides case access from, gathered for any number of cases in one
 * statement: the case, the user's team membership, the shares, whether the user referred the
 * family, a running break-the-glass grant, whether the user is a parent of the family (and as
 * which member), and which network person they are as a supporter. The ids
 * travel as one array parameter, so a list of 500 cases is one short statement too, and the
 * statement has one shape, prepared once. Each subquery names the outer case by its alias (c.id):
 * a bare column name would be read as the subquery's own column of that name.
 */
import type { CaseRelationship, CaseShareFacts } from '@omringd/core';
import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../accessContext.ts';
import type { cases } from '../tables/caseSchema.ts';
import type { Principal } from '../principal.ts';
import { uuidArray } from '../../platform/db/uuidArray.ts';
import { instant } from '../../platform/db/instant.ts';

export type CaseRow = typeof cases.$inferSelect;
/**
 * The case, the relationship the core decides from, and for a parent of the family which member
 * of the family details they are (what is hidden from that member stays hidden).
 */
export type GatheredCase = {
  row: CaseRow;
  relationship: CaseRelationship;
  parentMemberId: string | null;
};

type ShareJson = {
  organizationId: string;
  legalBasis: string;
  agreement: CaseShareFacts['agreement'];
};
type MemberJson = { caseRole: 'coordinator' | 'member'; organizationId: string };

export type GatheredRow = CaseRow & {
  member: MemberJson | null;
  shares: ShareJson[];
  isReferrer: boolean;
  breakGlassUntil: string | null;
  isParentOfFamily: boolean;
  parentMemberId: string | null;
  supporterPersonId: string | null;
};

/**
 * The statement's SELECT for the cases `which` names, for the user `me` (a parameter, or a column
 * of an outer statement: the session lookup gathers one case with the session, kernel/sessions.ts).
 */
export function caseFactsSelect(me: SQL, which: SQL, now: Date): SQL {
  return sql`
    SELECT c.id, c.family_id AS "familyId", c.organization_id AS "organizationId", c.title,
      c.concern, c.restricted, c.status, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
      (SELECT json_build_object('caseRole', m.case_role, 'organizationId', m.organization_id)
        FROM case_members m WHERE m.case_id = c.id AND m.user_id = ${me} LIMIT 1) AS member,
      (SELECT coalesce(json_agg(json_build_object('organizationId', s.organization_id,
          'legalBasis', s.legal_basis, 'agreement', s.agreement)), '[]'::json)
        FROM case_shares s WHERE s.case_id = c.id) AS shares,
      EXISTS (SELECT 1 FROM referrals r
        WHERE r.case_id = c.id AND r.referrer_user_id = ${me}) AS "isReferrer",
      (SELECT to_char(max(g.expires_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
        FROM break_glass_grants g
        WHERE g.case_id = c.id AND g.user_id = ${me}
          AND g.expires_at > ${now.toISOString()}::timestamptz) AS "breakGlassUntil",
      EXISTS (SELECT 1 FROM family_parents p
        WHERE p.family_id = c.family_id AND p.user_id = ${me}) AS "isParentOfFamily",
      (SELECT p.member_id FROM family_parents p
        WHERE p.family_id = c.family_id AND p.user_id = ${me} LIMIT 1) AS "parentMemberId",
      (SELECT s.network_person_id FROM case_supporters s
        WHERE s.case_id = c.id AND s.user_id = ${me} LIMIT 1) AS "supporterPersonId"
    FROM cases c WHERE ${which}`;
}

/** One gathered row as the guard uses it. */
export function gatheredOf(f: GatheredRow): GatheredCase {
  const {
    member,
    shares,
    isReferrer,
    breakGlassUntil,
    isParentOfFamily,
    parentMemberId,
    supporterPersonId,
    ...raw
  } = f;
  // Drivers differ in how raw rows give instants (a Date, or the text); the row holds Dates.
  const row = { ...raw, createdAt: instant(raw.createdAt), updatedAt: instant(raw.updatedAt) };
  return {
    row,
    parentMemberId,
    relationship: {
      teamMember: member,
      owningOrganizationId: row.organizationId,
      shares: new Map<string, CaseShareFacts>(
        shares.map((s) => [s.organizationId, { legalBasis: s.legalBasis, agreement: s.agreement }]),
      ),
      isReferrer,
      breakGlassUntil: breakGlassUntil === null ? null : new Date(breakGlassUntil),
      isParentOfFamily,
      supporterPersonId,
    },
  };
}

export async function gatherCases(
  scope: Pick<Scope, 'read'>,
  principal: Principal,
  caseIds: readonly string[],
  now: Date,
): Promise<Map<string, GatheredCase>> {
  const gathered = new Map<string, GatheredCase>();
  const ids = uuidArray(caseIds);
  if (ids === null) return gathered;
  const me = sql`${principal.userId}::uuid`;
  // One case (a read of one file) is a statement of its own shape: with `= ANY` PostgreSQL
  // guesses ten rows for the array, so it would plan the prepared statement anew on every read
  // (a third of the request's database time); with `=` the plan kept is the best one.
  const only = caseIds.length === 1 ? caseIds[0] : undefined;
  const which = only === undefined ? sql`c.id = ANY(${ids}::uuid[])` : sql`c.id = ${only}::uuid`;
  for (const f of await scope.read<GatheredRow>(caseFactsSelect(me, which, now)))
    gathered.set(f.id, gatheredOf(f));
  return gathered;
}
