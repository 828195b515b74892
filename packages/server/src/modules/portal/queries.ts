/**
 * The family portal on the protected tables: which families a parent belongs to, as which member,
 * and who the family's contact person is. Each statement runs inside a guard's scope.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import {
  caseShares,
  cases,
  families,
  familyMessages,
  familyParents,
} from '../../kernel/tables/caseSchema.ts';
import { organizations } from '../../platform/db/schema.ts';
import { passkeys, users } from '../../platform/db/identitySchema.ts';

/** The cases of the families this user is a parent in, newest first. */
export async function casesOfParent(tx: Db, userId: string) {
  return tx
    .select({ caseId: cases.id, familyName: families.label, status: cases.status })
    .from(familyParents)
    .innerJoin(families, eq(families.id, familyParents.familyId))
    .innerJoin(cases, eq(cases.familyId, familyParents.familyId))
    .where(eq(familyParents.userId, userId))
    .orderBy(sql`${cases.createdAt} DESC`);
}

/** How the professionals call the family (the portal prefers the name the family chose). */
export async function familyLabelOf(tx: Db, familyId: string): Promise<string> {
  const [row] = await tx
    .select({ label: families.label })
    .from(families)
    .where(eq(families.id, familyId));
  return row?.label ?? '';
}

/** The account already linked to this member of the family, if any. */
export async function accountOfMember(tx: Db, familyId: string, memberId: string) {
  const [row] = await tx
    .select({
      userId: familyParents.userId,
      status: users.status,
      email: users.email,
      mobile: users.mobile,
    })
    .from(familyParents)
    .innerJoin(users, eq(users.id, familyParents.userId))
    .where(and(eq(familyParents.familyId, familyId), eq(familyParents.memberId, memberId)));
  return row;
}

/**
 * Links the account to the family as this member; the family's one-account-per-member index
 * decides between two racing invitations (false: the member has an account already).
 */
export async function linkParent(
  tx: Db,
  link: {
    familyId: string;
    userId: string;
    memberId: string;
    childViewDecision?: string;
    childViewDecidedBy?: string;
    childViewDecidedAt?: Date;
  },
  now: Date,
): Promise<boolean> {
  const inserted = await tx
    .insert(familyParents)
    .values({ ...link, createdAt: now })
    .onConflictDoNothing()
    .returning({ userId: familyParents.userId });
  return inserted.length === 1;
}

/** Who shares in the file: the organisation that holds it, and each share with its agreement. */
export async function sharesOf(tx: Db, caseId: string) {
  return tx
    .select({
      organizationId: caseShares.organizationId,
      name: organizations.name,
      legalBasis: caseShares.legalBasis,
      agreement: caseShares.agreement,
      recordedAt: caseShares.agreementRecordedAt,
    })
    .from(caseShares)
    .innerJoin(organizations, eq(organizations.id, caseShares.organizationId))
    .where(eq(caseShares.caseId, caseId))
    .orderBy(asc(organizations.name));
}

export async function organizationNamesOf(tx: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(found.map((o) => [o.id, o.name]));
}

/** The family's answer for one share; false when the organisation does not share in the file. */
export async function setAgreement(
  tx: Db,
  change: {
    caseId: string;
    organizationId: string;
    agreement: 'given' | 'withdrawn';
    recordedBy: string;
  },
  now: Date,
): Promise<boolean> {
  const changed = await tx
    .update(caseShares)
    .set({
      agreement: change.agreement,
      agreementRecordedBy: change.recordedBy,
      agreementRecordedAt: now,
    })
    .where(
      and(
        eq(caseShares.caseId, change.caseId),
        eq(caseShares.organizationId, change.organizationId),
      ),
    )
    .returning({ caseId: caseShares.caseId });
  return changed.length === 1;
}

export async function messagesOf(tx: Db, caseId: string) {
  return tx
    .select()
    .from(familyMessages)
    .where(eq(familyMessages.caseId, caseId))
    .orderBy(asc(familyMessages.createdAt), asc(familyMessages.id))
    .limit(500);
}

export async function addMessage(
  tx: Db,
  message: typeof familyMessages.$inferInsert,
): Promise<void> {
  await tx.insert(familyMessages).values(message);
}

/** The parents' accounts of the family, to tell them of a message. */
export async function parentsOf(tx: Db, familyId: string): Promise<string[]> {
  const found = await tx
    .select({ userId: familyParents.userId })
    .from(familyParents)
    .where(eq(familyParents.familyId, familyId));
  return found.map((p) => p.userId);
}

export async function hasPasskey(tx: Db, userId: string): Promise<boolean> {
  const [found] = await tx
    .select({ id: passkeys.id })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .limit(1);
  return found !== undefined;
}

/** The family's portal accounts: which member, their role and status, a child's recorded decision. */
export async function portalAccountsOf(tx: Db, familyId: string) {
  return tx
    .select({
      memberId: familyParents.memberId,
      name: users.displayName,
      email: users.email,
      mobile: users.mobile,
      status: users.status,
      childViewDecision: familyParents.childViewDecision,
      childViewDecidedBy: familyParents.childViewDecidedBy,
      childViewDecidedAt: familyParents.childViewDecidedAt,
    })
    .from(familyParents)
    .innerJoin(users, eq(users.id, familyParents.userId))
    .where(eq(familyParents.familyId, familyId))
    .orderBy(asc(familyParents.createdAt));
}

/**
 * A parent invited at a wrong address gets the right one, as long as they have not accepted
 * (false: another account has that address already).
 */
export async function readdressInvited(
  tx: Db,
  userId: string,
  address: { email: string | null; mobile: string | null },
): Promise<boolean> {
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      address.email === null
        ? eq(users.mobile, address.mobile ?? '')
        : eq(users.email, address.email),
    );
  if (taken !== undefined && taken.id !== userId) return false;
  await tx
    .update(users)
    .set(address)
    .where(and(eq(users.id, userId), eq(users.status, 'invited')));
  return true;
}
