/**
 * The deadline sweep, run by the job queue every minute: a reminder to whoever holds a referral
 * when three quarters of a deadline has passed, and an escalation to the whole intake team and the
 * network coordinators of the region once it is overdue. Every notice and e-mail carries a key
 * made of the referral, the deadline and the kind, so a sweep that runs again (or a retried job)
 * sends nothing twice.
 */
import { serviceLevelStates } from '@omringd/core';
import { and, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../../platform/db/database.ts';
import { referrals } from '../../kernel/tables/caseSchema.ts';
import { momentsOf } from './view.ts';
import { writeAudit } from '../../kernel/audit/auditWriter.ts';
import { intakeTeam, noticeOnce, regionCoordinators } from '../notifications/notices.ts';
import { currentProgramme, programmeVersion } from '../programmes/programmeStore.ts';

export type SweepResult = { reminders: number; escalations: number };

const REMIND_AT = 0.75;

export async function sweepDeadlines(database: Database, now: Date): Promise<SweepResult> {
  const result: SweepResult = { reminders: 0, escalations: 0 };
  const open = await database.db
    .select()
    .from(referrals)
    .where(
      and(
        inArray(referrals.status, ['requested', 'accepted', 'in-progress']),
        isNotNull(referrals.sentAt),
        isNotNull(referrals.programmeKey),
      ),
    );
  for (const row of open) {
    await database.db.transaction(async (tx) => {
      const programme =
        row.programmeVersion === null
          ? await currentProgramme(tx, row.programmeKey ?? '')
          : await programmeVersion(tx, row.programmeKey ?? '', row.programmeVersion);
      const moments = await momentsOf(tx, row);
      for (const state of serviceLevelStates(programme.serviceLevels, moments)) {
        if (state.metAt !== null) continue;
        const { level, startedAt: startEvent, dueAt: due } = state;
        const span = due.getTime() - startEvent.getTime();
        const params = {
          referralId: row.id,
          deadline: level.label.nl,
          deadlineId: level.id,
          dueAt: due.toISOString(),
        };
        if (now >= due) {
          const people = [
            ...(await intakeTeam(tx, row.receivingOrganizationId)),
            ...(await regionCoordinators(tx, programme)),
          ];
          if (
            await noticeOnce(
              tx,
              people,
              `overdue:${row.id}:${level.id}`,
              'referral_overdue',
              params,
              now,
            )
          ) {
            result.escalations++;
            await writeAudit(
              tx,
              {
                userId: null,
                userName: 'deadline sweep (system)',
                role: null,
                organizationId: row.receivingOrganizationId,
                purpose: 'coordination',
                ip: null,
              },
              {
                action: 'update',
                outcome: 'success',
                subjectType: 'referral',
                subjectId: row.id,
                caseId: row.caseId,
                details: { escalated: level.id, to: people.length },
              },
              now,
            );
          }
        } else if (now.getTime() >= startEvent.getTime() + span * REMIND_AT) {
          const holder =
            row.assignedUserId !== null
              ? [row.assignedUserId]
              : await intakeTeam(tx, row.receivingOrganizationId);
          if (
            await noticeOnce(
              tx,
              holder,
              `reminder:${row.id}:${level.id}`,
              'referral_deadline_near',
              params,
              now,
            )
          )
            result.reminders++;
        }
      }
    });
  }
  return result;
}
