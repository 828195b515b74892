/**
 * The care tables of a case on the protected tables; each statement runs on the transaction or
 * read scope of a guard, which has decided and audits.
 */
import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { MeetingContent, MeetingStatus } from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import { caseMeetings } from '../../kernel/tables/careTableSchema.ts';
import { referrals } from '../../kernel/tables/caseSchema.ts';

export type MeetingRow = typeof caseMeetings.$inferSelect;

export async function meetingsOf(tx: Db, caseId: string): Promise<MeetingRow[]> {
  return tx
    .select()
    .from(caseMeetings)
    .where(eq(caseMeetings.caseId, caseId))
    .orderBy(asc(caseMeetings.startsAt));
}

export async function meetingOf(
  tx: Db,
  caseId: string,
  id: string,
): Promise<MeetingRow | undefined> {
  const [row] = await tx
    .select()
    .from(caseMeetings)
    .where(and(eq(caseMeetings.caseId, caseId), eq(caseMeetings.id, id)));
  return row;
}

export async function insertMeeting(
  tx: Db,
  caseId: string,
  content: MeetingContent,
  now: Date,
  by: string,
): Promise<MeetingRow> {
  const [row] = await tx
    .insert(caseMeetings)
    .values({
      id: randomUUID(),
      caseId,
      status: 'planned',
      startsAt: new Date(content.startsAt),
      content,
      version: 1,
      sequence: 0,
      createdAt: now,
      createdBy: by,
      updatedAt: now,
      updatedBy: by,
    })
    .returning();
  if (row === undefined) throw new Error('The care table was not stored.');
  return row;
}

/**
 * Saves a change of the version the user saw in one statement (of two saves of one version,
 * exactly one wins); a change the invited must hear of raises the SEQUENCE. Answers the new row,
 * or undefined when the version has moved on.
 */
export async function saveMeeting(
  tx: Db,
  row: { caseId: string; id: string; version: number },
  change: {
    content: MeetingContent;
    status: MeetingStatus;
    reinvite: boolean;
    heldAt: Date | null;
  },
  now: Date,
  by: string,
): Promise<MeetingRow | undefined> {
  const [saved] = await tx
    .update(caseMeetings)
    .set({
      content: change.content,
      status: change.status,
      startsAt: new Date(change.content.startsAt),
      version: sql`${caseMeetings.version} + 1`,
      sequence: change.reinvite ? sql`${caseMeetings.sequence} + 1` : caseMeetings.sequence,
      heldAt: change.heldAt,
      updatedAt: now,
      updatedBy: by,
    })
    .where(
      and(
        eq(caseMeetings.caseId, row.caseId),
        eq(caseMeetings.id, row.id),
        eq(caseMeetings.version, row.version),
      ),
    )
    .returning();
  return saved;
}

/**
 * A care table held meets the referral's service level: the case's referrals whose parents
 * agreed to a care table and that have none held yet get this moment (what `metBy` reads).
 */
export async function careTableHeldForReferrals(
  tx: Db,
  caseId: string,
  at: Date,
  now: Date,
): Promise<void> {
  await tx
    .update(referrals)
    .set({ careTableHeldAt: at, updatedAt: now })
    .where(
      and(
        eq(referrals.caseId, caseId),
        isNotNull(referrals.careTableAgreedAt),
        isNull(referrals.careTableHeldAt),
      ),
    );
}
