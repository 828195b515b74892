/**
 * The case's timeline on the protected tables: recorded entries, and what the case file records
 * of itself, read together with the referral's steps and emergency access, newest first.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { TimelineKind } from '@omringd/core';
import { rows, type Db } from '../../../platform/db/database.ts';
import { caseTimeline } from '../../../kernel/tables/caseFileSchema.ts';
import { instant } from '../../../platform/db/instant.ts';

export async function addTimelineEntry(
  tx: Db,
  entry: {
    caseId: string;
    kind: TimelineKind;
    occurredAt: Date;
    recordedAt: Date;
    by: string;
    text?: string;
    visibility?: 'team' | 'family';
    details?: Record<string, unknown>;
  },
): Promise<string> {
  const id = randomUUID();
  await tx.insert(caseTimeline).values({
    id,
    caseId: entry.caseId,
    kind: entry.kind,
    occurredAt: entry.occurredAt,
    recordedAt: entry.recordedAt,
    recordedBy: entry.by,
    text: entry.text ?? '',
    visibility: entry.visibility ?? 'team',
    details: entry.details ?? {},
  });
  return id;
}

export type TimelineRow = {
  id: string;
  kind: TimelineKind;
  occurredAt: Date;
  by: string | null;
  text: string;
  visibility: 'team' | 'family' | null;
  details: Record<string, unknown>;
};

type RawRow = Omit<TimelineRow, 'occurredAt'> & { occurredAt: Date | string };

/**
 * Up to `limit` entries of these kinds, newest first. `familyOnly` leaves out everything but
 * the entries recorded as visible to the family.
 */
export async function timelineRows(
  tx: Db,
  caseId: string,
  filter: { kinds: readonly TimelineKind[]; familyOnly: boolean; limit: number },
): Promise<TimelineRow[]> {
  const kinds = sql`ARRAY[${sql.join(
    filter.kinds.map((k) => sql`${k}`),
    sql`, `,
  )}]::text[]`;
  const found = await rows<RawRow>(
    tx,
    sql`
    SELECT * FROM (
      SELECT t.id::text AS "id", t.kind AS "kind", t.occurred_at AS "occurredAt",
             u.display_name AS "by", t.text AS "text", t.visibility AS "visibility",
             t.details AS "details"
        FROM case_timeline t LEFT JOIN users u ON u.id = t.recorded_by
       WHERE t.case_id = ${caseId}
         AND (${filter.familyOnly} = false OR t.visibility = 'family')
      UNION ALL
      SELECT e.id::text, 'referral', e.at, u.display_name, e.note, NULL,
             jsonb_build_object('referralId', r.id::text, 'from', e.from_status, 'to', e.to_status,
                                'reason', e.reason)
        FROM referral_events e JOIN referrals r ON r.id = e.referral_id
        LEFT JOIN users u ON u.id = e.by_user_id
       WHERE r.case_id = ${caseId} AND ${filter.familyOnly} = false
      UNION ALL
      SELECT g.id::text, 'break_glass', g.granted_at, u.display_name, g.reason, NULL,
             jsonb_build_object('until', g.expires_at)
        FROM break_glass_grants g LEFT JOIN users u ON u.id = g.user_id
       WHERE g.case_id = ${caseId} AND ${filter.familyOnly} = false
    ) entries
    WHERE "kind" = ANY(${kinds})
    ORDER BY "occurredAt" DESC, "id" DESC
    LIMIT ${filter.limit}
  `,
  );
  return found.map((r) => ({ ...r, occurredAt: instant(r.occurredAt) }));
}
