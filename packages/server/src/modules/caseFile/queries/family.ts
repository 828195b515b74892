/**
 * The case file's family statements on the protected tables; each runs on the transaction (or
 * read scope) of a guard, which has decided and audits.
 */
import { staffEmail } from '../../../kernel/signInName.ts';
import { and, eq, sql } from 'drizzle-orm';
import type { FamilyDetails } from '@omringd/core';
import type { Db } from '../../../platform/db/database.ts';
import { cases, familyDetails, referrals } from '../../../kernel/tables/caseSchema.ts';
import { users } from '../../../platform/db/identitySchema.ts';
import { organizations } from '../../../platform/db/schema.ts';

export type FamilyRow = typeof familyDetails.$inferSelect;

export async function familyRow(tx: Db, familyId: string): Promise<FamilyRow | undefined> {
  const [row] = await tx.select().from(familyDetails).where(eq(familyDetails.familyId, familyId));
  return row;
}

/** The family as first recorded (a case opened from a referral): version 1. */
export async function insertFamily(
  tx: Db,
  familyId: string,
  details: FamilyDetails,
  now: Date,
  by: string,
): Promise<void> {
  await tx
    .insert(familyDetails)
    .values({ familyId, details, version: 1, updatedAt: now, updatedBy: by })
    .onConflictDoNothing();
}

/**
 * Saves a change of the version the user saw, in one statement: the version check and the write
 * are one, so of two saves of the same version exactly one succeeds. Version 0 is "nothing yet".
 * Answers the new row, or undefined when the version has moved on.
 */
export async function saveFamily(
  tx: Db,
  familyId: string,
  change: { details: FamilyDetails; version: number },
  now: Date,
  by: string,
): Promise<FamilyRow | undefined> {
  if (change.version === 0) {
    const [created] = await tx
      .insert(familyDetails)
      .values({ familyId, details: change.details, version: 1, updatedAt: now, updatedBy: by })
      .onConflictDoNothing()
      .returning();
    return created;
  }
  const [saved] = await tx
    .update(familyDetails)
    .set({
      details: change.details,
      version: sql`${familyDetails.version} + 1`,
      updatedAt: now,
      updatedBy: by,
    })
    .where(and(eq(familyDetails.familyId, familyId), eq(familyDetails.version, change.version)))
    .returning();
  return saved;
}

/** The programmes (key and version) of the referrals this case came from. */
export async function programmesOfCase(tx: Db, caseId: string) {
  return tx
    .selectDistinct({ key: referrals.programmeKey, version: referrals.programmeVersion })
    .from(referrals)
    .where(eq(referrals.caseId, caseId));
}

/** The referrer with an account: name, organisation and how to reach them. */
export async function referrerContact(
  tx: Db,
  userId: string,
  organizationId: string | null,
): Promise<{ name: string; organization: string; phone: string; email: string } | null> {
  const [row] = await tx
    .select({
      name: users.displayName,
      organization: organizations.name,
      phone: users.phone,
      email: staffEmail,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, sql`${organizationId}::uuid`))
    .where(eq(users.id, userId));
  if (row === undefined) return null;
  return {
    name: row.name,
    organization: row.organization ?? '',
    phone: row.phone ?? '',
    email: row.email,
  };
}

/** The family of a case as recorded in its case file, if any. */
export async function familyOfCase(tx: Db, caseId: string): Promise<FamilyRow | undefined> {
  const [row] = await tx
    .select({ details: familyDetails })
    .from(cases)
    .innerJoin(familyDetails, eq(familyDetails.familyId, cases.familyId))
    .where(eq(cases.id, caseId));
  return row?.details;
}
