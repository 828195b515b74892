/**
 * Supporters from the family's network on the protected tables: the link of an account to a
 * network person of the case, and the cases a supporter helps in. Each statement runs inside a
 * guard's scope.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { users } from '../../platform/db/identitySchema.ts';
import { caseSupporters, cases } from '../../kernel/tables/caseSchema.ts';

/** The account already linked to this network person of the case, if any. */
export async function supporterOfPerson(tx: Db, caseId: string, networkPersonId: string) {
  const [row] = await tx
    .select({ userId: caseSupporters.userId, status: users.status })
    .from(caseSupporters)
    .innerJoin(users, eq(users.id, caseSupporters.userId))
    .where(
      and(eq(caseSupporters.caseId, caseId), eq(caseSupporters.networkPersonId, networkPersonId)),
    );
  return row;
}

/**
 * Links the account to the case as this network person; the one-account-per-person index
 * decides between two invitations at once (false: the person has an account already).
 */
export async function linkSupporter(
  tx: Db,
  link: { caseId: string; userId: string; networkPersonId: string; invitedByName: string },
  now: Date,
): Promise<boolean> {
  const inserted = await tx
    .insert(caseSupporters)
    .values({ ...link, createdAt: now })
    .onConflictDoNothing()
    .returning({ userId: caseSupporters.userId });
  return inserted.length === 1;
}

/** The open cases this account supports, newest first. */
export async function casesOfSupporter(tx: Db, userId: string) {
  return tx
    .select({ caseId: cases.id })
    .from(caseSupporters)
    .innerJoin(cases, eq(cases.id, caseSupporters.caseId))
    .where(and(eq(caseSupporters.userId, userId), eq(cases.status, 'open')))
    .orderBy(sql`${caseSupporters.createdAt} DESC`);
}

/** The network people of the case with an account as supporter. */
export async function supportersOf(tx: Db, caseId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ personId: caseSupporters.networkPersonId })
    .from(caseSupporters)
    .where(eq(caseSupporters.caseId, caseId));
  return new Set(rows.map((r) => r.personId));
}

/** Ends a supporter's link to the case (false: there was none). Their account opens nothing more. */
export async function unlinkSupporter(
  tx: Db,
  caseId: string,
  networkPersonId: string,
): Promise<boolean> {
  const removed = await tx
    .delete(caseSupporters)
    .where(
      and(eq(caseSupporters.caseId, caseId), eq(caseSupporters.networkPersonId, networkPersonId)),
    )
    .returning({ userId: caseSupporters.userId });
  return removed.length === 1;
}
