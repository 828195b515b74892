/**
 * The deadline sweep, run by the job queue every minute: a reminder to whoever holds a referral
 * when three quarters of a deadline has passed, and an escalation to the whole intake team and the
 * network coordinators of the region once it is overdue. Every notice and e-mail carries a key
 * made of the referral, the deadline and the kind, so a sweep that runs again (or a retried job)
 * sends nothing twice; what it sends is on the audit trail in the sweep's name.
 */
import { serviceLevelStates } from '@omringd/core';
import type { SystemContext } from '../../kernel/accessContext.ts';
import { intakeTeam, noticeOnce, regionCoordinators } from '../notifications/index.ts';
import { currentProgramme, programmeVersion } from '../programmes/programmeStore.ts';
import { momentsOf, openProgrammeReferrals } from './queries.ts';

export type SweepResult = { reminders: number; escalations: number };

const REMIND_AT = 0.75;

export async function sweepDeadlines(system: SystemContext): Promise<SweepResult> {
  const result: SweepResult = { reminders: 0, escalations: 0 };
  const open = await system.read((tx) => openProgrammeReferrals(tx));
  for (const row of open) {
    const programme = await system.read((tx) =>
      row.programmeVersion === null
        ? currentProgramme(tx, row.programmeKey ?? '')
        : programmeVersion(tx, row.programmeKey ?? '', row.programmeVersion),
    );
    const states = serviceLevelStates(
      programme.serviceLevels,
      await system.read((tx) => momentsOf(tx, row)),
    );
    for (const state of states) {
      if (state.metAt !== null) continue;
      const { level, startedAt, dueAt } = state;
      const now = system.now();
      const params = {
        referralId: row.id,
        deadline: level.label.nl,
        deadlineId: level.id,
        dueAt: dueAt.toISOString(),
      };
      const about = {
        action: 'update' as const,
        subjectType: 'referral' as const,
        subjectId: row.id,
        caseId: row.caseId,
        purpose: 'coordination' as const,
      };
      if (now >= dueAt) {
        const escalated = await system.act(about, async (scope) => {
          const people = [
            ...(await intakeTeam(scope.tx, row.receivingOrganizationId)),
            ...(await regionCoordinators(scope.tx, programme)),
          ];
          scope.actAs({ organizationId: row.receivingOrganizationId });
          scope.note({ escalated: level.id, to: people.length });
          return noticeOnce(
            scope.tx,
            people,
            `overdue:${row.id}:${level.id}`,
            'referral_overdue',
            params,
            scope.now,
          );
        });
        if (escalated) result.escalations++;
      } else if (
        now.getTime() >=
        startedAt.getTime() + (dueAt.getTime() - startedAt.getTime()) * REMIND_AT
      ) {
        const reminded = await system.act(about, async (scope) => {
          const holder =
            row.assignedUserId !== null
              ? [row.assignedUserId]
              : await intakeTeam(scope.tx, row.receivingOrganizationId);
          scope.actAs({ organizationId: row.receivingOrganizationId });
          scope.note({ reminded: level.id, to: holder.length });
          return noticeOnce(
            scope.tx,
            holder,
            `reminder:${row.id}:${level.id}`,
            'referral_deadline_near',
            params,
            scope.now,
          );
        });
        if (reminded) result.reminders++;
      }
    }
  }
  return result;
}
