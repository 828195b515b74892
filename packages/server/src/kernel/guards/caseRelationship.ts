/**
 * The facts the core decides case access from, gathered for any number of cases in a constant
 * number of statements: the case, the user's team membership, the shares, whether the user
 * referred the family, a running break-the-glass grant, whether the user is a parent of the family.
 */
import type { CaseRelationship, CaseShareFacts } from '@omringd/core';
import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import {
  breakGlassGrants,
  caseMembers,
  cases,
  caseShares,
  familyParents,
  referrals,
} from '../tables/caseSchema.ts';
import type { Principal } from '../principal.ts';

export type CaseRow = typeof cases.$inferSelect;
export type GatheredCase = { row: CaseRow; relationship: CaseRelationship };

export async function gatherCases(
  tx: Db,
  principal: Principal,
  caseIds: readonly string[],
  now: Date,
): Promise<Map<string, GatheredCase>> {
  const ids = [...new Set(caseIds)];
  const gathered = new Map<string, GatheredCase>();
  if (ids.length === 0) return gathered;
  const found = await tx.select().from(cases).where(inArray(cases.id, ids));
  if (found.length === 0) return gathered;
  const present = found.map((c) => c.id);
  const me = principal.userId;
  const members = await tx
    .select()
    .from(caseMembers)
    .where(and(inArray(caseMembers.caseId, present), eq(caseMembers.userId, me)));
  const shares = await tx.select().from(caseShares).where(inArray(caseShares.caseId, present));
  const referred = await tx
    .select({ caseId: referrals.caseId })
    .from(referrals)
    .where(and(inArray(referrals.caseId, present), eq(referrals.referrerUserId, me)));
  const grants = await tx
    .select({ caseId: breakGlassGrants.caseId, expiresAt: breakGlassGrants.expiresAt })
    .from(breakGlassGrants)
    .where(
      and(
        inArray(breakGlassGrants.caseId, present),
        eq(breakGlassGrants.userId, me),
        gt(breakGlassGrants.expiresAt, now),
      ),
    );
  const parentOf = await tx
    .select({ familyId: familyParents.familyId })
    .from(familyParents)
    .where(
      and(
        inArray(
          familyParents.familyId,
          found.map((c) => c.familyId),
        ),
        eq(familyParents.userId, me),
      ),
    );
  const parentFamilies = new Set(parentOf.map((p) => p.familyId));
  const referredCases = new Set(referred.map((r) => r.caseId));
  for (const row of found) {
    const member = members.find((m) => m.caseId === row.id);
    const latestGrant = grants
      .filter((g) => g.caseId === row.id)
      .reduce<Date | null>(
        (latest, g) => (latest === null || g.expiresAt > latest ? g.expiresAt : latest),
        null,
      );
    gathered.set(row.id, {
      row,
      relationship: {
        teamMember:
          member === undefined
            ? null
            : { caseRole: member.caseRole, organizationId: member.organizationId },
        owningOrganizationId: row.organizationId,
        shares: new Map<string, CaseShareFacts>(
          shares
            .filter((s) => s.caseId === row.id)
            .map((s) => [s.organizationId, { legalBasis: s.legalBasis, agreement: s.agreement }]),
        ),
        isReferrer: referredCases.has(row.id),
        breakGlassUntil: latestGrant,
        isParentOfFamily: parentFamilies.has(row.familyId),
      },
    });
  }
  return gathered;
}
