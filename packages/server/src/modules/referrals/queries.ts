/**
 * The referral module's statements on the protected tables. Only this file (and the kernel)
 * imports them; each runs on the transaction of a guard, which has decided and audits.
 */
import type {
  OutcomeReason,
  ReferralDraft,
  ReferralMessage,
  ReferralMoments,
  ReferralStatus,
} from '@omringd/core';
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import {
  referralAttachments,
  referralEvents,
  referralMessages,
  referrals,
} from '../../kernel/tables/caseSchema.ts';
import type { ReferralRow } from '../../kernel/guards/referralGuard.ts';

export type NewReferralRow = Pick<
  ReferralRow,
  | 'programmeKey'
  | 'programmeVersion'
  | 'serviceId'
  | 'receivingOrganizationId'
  | 'referrerUserId'
  | 'referrerOrganizationId'
  | 'registeredBy'
  | 'content'
  | 'externalReferrer'
>;

export async function insertReferral(
  tx: Db,
  input: NewReferralRow,
  byUserId: string,
  now: Date,
): Promise<ReferralRow> {
  const id = randomUUID();
  const [row] = await tx
    .insert(referrals)
    .values({ id, ...input, status: 'draft', createdAt: now, updatedAt: now })
    .returning();
  if (row === undefined) throw new Error('The referral was not stored.');
  await recordEvent(tx, { referralId: id, byUserId, fromStatus: null, toStatus: 'draft' }, now);
  return row;
}

export async function recordEvent(
  tx: Db,
  event: {
    referralId: string;
    byUserId: string;
    fromStatus: string | null;
    toStatus: string;
    reason?: string | null;
    note?: string;
  },
  now: Date,
): Promise<void> {
  await tx.insert(referralEvents).values({
    id: randomUUID(),
    at: now,
    reason: null,
    note: '',
    ...event,
  });
}

export async function saveDraftContent(
  tx: Db,
  id: string,
  content: ReferralDraft,
  now: Date,
): Promise<ReferralRow | undefined> {
  const [row] = await tx
    .update(referrals)
    .set({ content, updatedAt: now })
    .where(and(eq(referrals.id, id), eq(referrals.status, 'draft')))
    .returning();
  return row;
}

/** Sending: only a draft becomes sent, once (a racing second send finds nothing to change). */
export async function markSent(
  tx: Db,
  id: string,
  set: Partial<ReferralRow>,
  now: Date,
): Promise<ReferralRow | undefined> {
  const [sent] = await tx
    .update(referrals)
    .set({ ...set, status: 'requested', sentAt: now, updatedAt: now })
    .where(and(eq(referrals.id, id), eq(referrals.status, 'draft')))
    .returning();
  return sent;
}

/** A lifecycle step, only from the status it was decided on (a racing step loses). */
export async function moveStatus(
  tx: Db,
  row: ReferralRow,
  change: {
    to: ReferralStatus;
    reason: OutcomeReason | null;
    feedback?: string | undefined;
    caseId: string | null;
    assignedUserId: string | null;
  },
  now: Date,
): Promise<ReferralRow | undefined> {
  const [updated] = await tx
    .update(referrals)
    .set({
      status: change.to,
      outcomeReason: change.reason,
      ...(change.feedback === undefined ? {} : { feedback: change.feedback }),
      caseId: change.caseId,
      assignedUserId: change.assignedUserId,
      updatedAt: now,
    })
    .where(and(eq(referrals.id, row.id), eq(referrals.status, row.status)))
    .returning();
  return updated;
}

export async function setCareTableMoment(
  tx: Db,
  id: string,
  moment: 'parents_agreed' | 'held',
  now: Date,
): Promise<ReferralRow | undefined> {
  const [updated] = await tx
    .update(referrals)
    .set(
      moment === 'held'
        ? { careTableHeldAt: now, updatedAt: now }
        : { careTableAgreedAt: now, updatedAt: now },
    )
    .where(eq(referrals.id, id))
    .returning();
  return updated;
}

export async function referralsOfReferrer(tx: Db, userId: string, limit: number) {
  return tx
    .select()
    .from(referrals)
    .where(eq(referrals.referrerUserId, userId))
    .orderBy(desc(referrals.updatedAt))
    .limit(limit);
}

export async function receivedBy(tx: Db, organizationIds: string[], limit: number) {
  if (organizationIds.length === 0) return [];
  return tx
    .select()
    .from(referrals)
    .where(
      and(
        inArray(referrals.receivingOrganizationId, organizationIds),
        ne(referrals.status, 'draft'),
      ),
    )
    .orderBy(desc(referrals.sentAt))
    .limit(limit);
}

/** Referrals the user sent or registered, or that their organisations received. */
export async function referralsAround(
  tx: Db,
  userId: string,
  organizationIds: string[],
  limit: number,
) {
  return tx
    .select()
    .from(referrals)
    .where(
      organizationIds.length === 0
        ? eq(referrals.referrerUserId, userId)
        : or(
            eq(referrals.referrerUserId, userId),
            eq(referrals.registeredBy, userId),
            inArray(referrals.receivingOrganizationId, organizationIds),
          ),
    )
    .orderBy(desc(referrals.updatedAt))
    .limit(limit);
}

/** The open programme referrals the deadline sweep looks at. */
export async function openProgrammeReferrals(tx: Db) {
  return tx
    .select()
    .from(referrals)
    .where(
      and(
        inArray(referrals.status, ['requested', 'accepted', 'in-progress']),
        isNotNull(referrals.sentAt),
        isNotNull(referrals.programmeKey),
        // Sent outside Omringd: its deadlines are the service's, the referrer follows it up.
        or(isNull(referrals.routedTo), ne(referrals.routedTo, 'external')),
      ),
    );
}

/** External referrals whose follow-up moment has come, still open. */
export async function externalFollowUpsDue(tx: Db, now: Date) {
  return tx
    .select()
    .from(referrals)
    .where(
      and(
        eq(referrals.routedTo, 'external'),
        eq(referrals.status, 'requested'),
        lte(referrals.followUpAt, now),
      ),
    );
}

/**
 * Per receiver, figures without family data: referrals sent outside Omringd, and referrals
 * waiting for intake (the page asks whether anyone can still take those up).
 */
export async function receiverCounts(tx: Db) {
  return tx
    .select({
      organizationId: referrals.receivingOrganizationId,
      programmeKey: referrals.programmeKey,
      serviceId: referrals.serviceId,
      external: sql<number>`(count(*) FILTER (WHERE ${referrals.routedTo} = 'external'))::int`,
      waiting: sql<number>`(count(*) FILTER (WHERE ${referrals.status} = 'requested' AND ${referrals.routedTo} IS DISTINCT FROM 'external'))::int`,
      lastAt: sql<string>`max(${referrals.sentAt})`,
    })
    .from(referrals)
    .where(isNotNull(referrals.sentAt))
    .groupBy(referrals.receivingOrganizationId, referrals.programmeKey, referrals.serviceId);
}

/** The events of these referrals, oldest first (one statement for a whole list). */
export async function eventsOf(tx: Db, referralIds: string[]) {
  if (referralIds.length === 0) return [];
  return tx
    .select()
    .from(referralEvents)
    .where(inArray(referralEvents.referralId, referralIds))
    .orderBy(asc(referralEvents.at));
}

export type ReferralEventRow = Awaited<ReturnType<typeof eventsOf>>[number];

/** The moments that start or stop a service-level clock, from the referral and its events. */
export function momentsFrom(row: ReferralRow, events: ReferralEventRow[]): ReferralMoments {
  const mine = events.filter((e) => e.referralId === row.id);
  const at = (found: ReferralEventRow | undefined) => found?.at ?? null;
  return {
    sentAt: row.sentAt,
    acceptedAt: at(mine.find((e) => e.toStatus === 'accepted')),
    firstAnswerAt: at(mine.find((e) => e.fromStatus === 'requested')),
    startedAt: at(mine.find((e) => e.toStatus === 'in-progress')),
    careTableAgreedAt: row.careTableAgreedAt,
    careTableHeldAt: row.careTableHeldAt,
  };
}

export async function momentsOf(tx: Db, row: ReferralRow): Promise<ReferralMoments> {
  return momentsFrom(row, await eventsOf(tx, [row.id]));
}

export async function insertAttachment(
  tx: Db,
  values: Omit<typeof referralAttachments.$inferInsert, 'id'>,
): Promise<string> {
  const id = randomUUID();
  await tx.insert(referralAttachments).values({ id, ...values });
  return id;
}

export async function attachmentsOf(tx: Db, referralId: string) {
  return tx
    .select({
      id: referralAttachments.id,
      fileName: referralAttachments.fileName,
      contentType: referralAttachments.contentType,
      sizeBytes: referralAttachments.sizeBytes,
      uploadedAt: referralAttachments.uploadedAt,
    })
    .from(referralAttachments)
    .where(eq(referralAttachments.referralId, referralId))
    .orderBy(asc(referralAttachments.uploadedAt));
}

export async function attachmentOf(tx: Db, referralId: string, attachmentId: string) {
  const [file] = await tx
    .select()
    .from(referralAttachments)
    .where(
      and(eq(referralAttachments.id, attachmentId), eq(referralAttachments.referralId, referralId)),
    );
  return file;
}

/** The thread between the two sides: each message kept with who, which side and when. */
export async function addMessage(
  tx: Db,
  message: {
    referralId: string;
    byUserId: string;
    byName: string;
    side: 'referrer' | 'receiver';
    body: string;
  },
  now: Date,
): Promise<void> {
  await tx.insert(referralMessages).values({ id: randomUUID(), at: now, ...message });
}

export async function messagesOf(tx: Db, referralId: string): Promise<ReferralMessage[]> {
  const rows = await tx
    .select()
    .from(referralMessages)
    .where(eq(referralMessages.referralId, referralId))
    .orderBy(asc(referralMessages.at), asc(referralMessages.id));
  return rows.map((m) => ({ at: m.at.toISOString(), by: m.byName, side: m.side, text: m.body }));
}
