/**
 * The duration sweep, run with the deadline sweep: a programme with a maximum duration (1 Gezin
 * 1 Plan: six months) warns the case coordinator the configured number of days before the end,
 * and tells the coordinator and the region's network coordinators once the end is reached. The
 * case started when the referral was accepted. Each notice goes out once, by key.
 */
import { durationWindow } from '@omringd/core';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../../platform/db/database.ts';
import { caseMembers, cases, referralEvents, referrals } from '../../kernel/tables/caseSchema.ts';
import { writeAudit } from '../../kernel/audit/auditWriter.ts';
import { currentProgramme, programmeVersion } from '../programmes/programmeStore.ts';
import { noticeOnce, regionCoordinators } from '../notifications/notices.ts';

export type DurationSweepResult = { warnings: number; reached: number };

export async function sweepDurations(database: Database, now: Date): Promise<DurationSweepResult> {
  const result: DurationSweepResult = { warnings: 0, reached: 0 };
  const running = await database.db
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
  for (const { referral: row } of running) {
    await database.db.transaction(async (tx) => {
      const key = row.programmeKey ?? '';
      const programme =
        row.programmeVersion === null
          ? await currentProgramme(tx, key)
          : await programmeVersion(tx, key, row.programmeVersion);
      if (programme.maxDuration === null || row.caseId === null) return;
      const [accepted] = await tx
        .select({ at: referralEvents.at })
        .from(referralEvents)
        .where(and(eq(referralEvents.referralId, row.id), eq(referralEvents.toStatus, 'accepted')));
      if (accepted === undefined) return;
      const { endsAt, warnFrom } = durationWindow(accepted.at, programme.maxDuration);
      if (now < warnFrom) return;
      const coordinators = (
        await tx
          .select({ userId: caseMembers.userId })
          .from(caseMembers)
          .where(and(eq(caseMembers.caseId, row.caseId), eq(caseMembers.caseRole, 'coordinator')))
      ).map((m) => m.userId);
      const params = {
        caseId: row.caseId,
        referralId: row.id,
        deadline: programme.name.nl,
        endsAt: endsAt.toISOString(),
      };
      const reached = now >= endsAt;
      const sent = reached
        ? await noticeOnce(
            tx,
            [...coordinators, ...(await regionCoordinators(tx, programme))],
            `duration-reached:${row.caseId}`,
            'case_duration_reached',
            params,
            now,
          )
        : await noticeOnce(
            tx,
            coordinators,
            `duration-warning:${row.caseId}`,
            'case_duration_warning',
            params,
            now,
          );
      if (!sent) return;
      if (reached) result.reached++;
      else result.warnings++;
      await writeAudit(
        tx,
        {
          userId: null,
          userName: 'duration sweep (system)',
          role: null,
          organizationId: row.receivingOrganizationId,
          purpose: 'coordination',
          ip: null,
        },
        {
          action: 'update',
          outcome: 'success',
          subjectType: 'case',
          subjectId: row.caseId,
          caseId: row.caseId,
          details: { duration: reached ? 'reached' : 'warning', endsAt: endsAt.toISOString() },
        },
        now,
      );
    });
  }
  return result;
}
