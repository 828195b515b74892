/**
 * Home visits on the protected tables: the contact person's free moments, the visits of a case,
 * the family's rhythm, and who is told. Each statement runs inside a guard's scope.
 */
import type { HomeVisitStatus } from '@omringd/core';
import { and, asc, eq, gt, gte, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { users } from '../../platform/db/identitySchema.ts';
import { cases, familyParents } from '../../kernel/tables/caseSchema.ts';
import { homeVisits, visitRhythms, visitSlots } from '../../kernel/tables/homeVisitSchema.ts';

export type VisitRow = typeof homeVisits.$inferSelect;

/** A slot is taken while a visit that holds its moment points at it. */
const takenSql = sql<boolean>`exists (select 1 from home_visits held where held.slot_id = "visit_slots"."id" and held.status in ('requested', 'confirmed'))`;

/** The moments this person keeps free from `from` on, with whether a family took each. */
export async function slotsOf(tx: Db, userId: string, from: Date) {
  return tx
    .select({
      id: visitSlots.id,
      startsAt: visitSlots.startsAt,
      minutes: visitSlots.minutes,
      taken: takenSql,
    })
    .from(visitSlots)
    .where(and(eq(visitSlots.userId, userId), gte(visitSlots.startsAt, from)))
    .orderBy(asc(visitSlots.startsAt))
    .limit(200);
}

/** Adds free moments; one already offered at the same time is left as it is. */
export async function addSlots(
  tx: Db,
  userId: string,
  slots: { id: string; startsAt: Date; minutes: number }[],
  now: Date,
): Promise<number> {
  const added = await tx
    .insert(visitSlots)
    .values(slots.map((s) => ({ ...s, userId, createdAt: now })))
    .onConflictDoNothing()
    .returning({ id: visitSlots.id });
  return added.length;
}

/** Removes one of this person's free moments, unless a family holds it (false: nothing removed). */
export async function removeFreeSlot(tx: Db, userId: string, slotId: string): Promise<boolean> {
  const removed = await tx
    .delete(visitSlots)
    .where(and(eq(visitSlots.id, slotId), eq(visitSlots.userId, userId), sql`not ${takenSql}`))
    .returning({ id: visitSlots.id });
  return removed.length === 1;
}

export async function slotById(tx: Db, slotId: string) {
  const [row] = await tx.select().from(visitSlots).where(eq(visitSlots.id, slotId));
  return row;
}

export async function visitsOf(tx: Db, caseId: string): Promise<VisitRow[]> {
  return tx
    .select()
    .from(homeVisits)
    .where(eq(homeVisits.caseId, caseId))
    .orderBy(asc(homeVisits.startsAt), asc(homeVisits.id))
    .limit(200);
}

export async function visitOf(tx: Db, caseId: string, visitId: string) {
  const [row] = await tx
    .select()
    .from(homeVisits)
    .where(and(eq(homeVisits.caseId, caseId), eq(homeVisits.id, visitId)));
  return row;
}

/**
 * Stores the family's request; the one-visit-per-slot index decides between two families
 * taking the same free moment at once (false: the moment was taken).
 */
export async function insertVisit(tx: Db, visit: typeof homeVisits.$inferInsert): Promise<boolean> {
  const inserted = await tx
    .insert(homeVisits)
    .values(visit)
    .onConflictDoNothing()
    .returning({ id: homeVisits.id });
  return inserted.length === 1;
}

/**
 * The contact person's decision, as one conditional step: only from the status it was read in,
 * so two decisions at once make one (undefined: someone decided meanwhile).
 */
export async function decide(
  tx: Db,
  change: {
    caseId: string;
    visitId: string;
    from: HomeVisitStatus;
    to: HomeVisitStatus;
    answer: string;
    byName: string;
  },
  now: Date,
): Promise<VisitRow | undefined> {
  const [row] = await tx
    .update(homeVisits)
    .set({
      status: change.to,
      answer: change.answer,
      decidedByName: change.byName,
      decidedAt: now,
      sequence: sql`${homeVisits.sequence} + 1`,
    })
    .where(
      and(
        eq(homeVisits.caseId, change.caseId),
        eq(homeVisits.id, change.visitId),
        eq(homeVisits.status, change.from),
      ),
    )
    .returning();
  return row;
}

export async function rhythmOf(tx: Db, caseId: string) {
  const [row] = await tx.select().from(visitRhythms).where(eq(visitRhythms.caseId, caseId));
  return row;
}

export async function setRhythm(
  tx: Db,
  choice: { caseId: string; everyWeeks: number; chosenByName: string },
  now: Date,
): Promise<void> {
  await tx
    .insert(visitRhythms)
    .values({ ...choice, chosenAt: now })
    .onConflictDoUpdate({
      target: visitRhythms.caseId,
      set: { everyWeeks: choice.everyWeeks, chosenByName: choice.chosenByName, chosenAt: now },
    });
}

/** The parents with an account, with the address their confirmation goes to. */
export async function parentAccountsOf(tx: Db, familyId: string) {
  return tx
    .select({ userId: users.id, name: users.displayName, email: users.email })
    .from(familyParents)
    .innerJoin(users, eq(users.id, familyParents.userId))
    .where(and(eq(familyParents.familyId, familyId), ne(users.status, 'deactivated')));
}

/** A day before a visit, the family is reminded; a visit confirmed later than that is not. */
export const REMINDER_BEFORE_MS = 24 * 3600_000;

/** Confirmed visits within a day from now whose family was not reminded yet. */
export async function visitsToRemind(tx: Db, now: Date) {
  const until = new Date(now.getTime() + REMINDER_BEFORE_MS);
  return tx
    .select({
      id: homeVisits.id,
      caseId: homeVisits.caseId,
      familyId: cases.familyId,
      startsAt: homeVisits.startsAt,
    })
    .from(homeVisits)
    .innerJoin(cases, eq(cases.id, homeVisits.caseId))
    .where(
      and(
        eq(homeVisits.status, 'confirmed'),
        isNull(homeVisits.remindedAt),
        gt(homeVisits.startsAt, now),
        lte(homeVisits.startsAt, until),
        // Confirmed more than a day ahead: a confirmation of today needs no reminder tomorrow.
        sql`${homeVisits.decidedAt} <= ${homeVisits.startsAt} - interval '24 hours'`,
      ),
    )
    .orderBy(asc(homeVisits.startsAt))
    .limit(500);
}

/** Marks the reminder sent, once: false when another sweep did, or the visit changed. */
export async function claimReminder(tx: Db, visitId: string, now: Date): Promise<boolean> {
  const claimed = await tx
    .update(homeVisits)
    .set({ remindedAt: now })
    .where(
      and(
        eq(homeVisits.id, visitId),
        eq(homeVisits.status, 'confirmed'),
        isNull(homeVisits.remindedAt),
      ),
    )
    .returning({ id: homeVisits.id });
  return claimed.length === 1;
}
