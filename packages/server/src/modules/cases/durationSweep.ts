/**
 * The duration sweep, run with the deadline sweep: a programme with a maximum duration (1 Gezin
 * 1 Plan: six months) warns the case coordinator the configured number of days before the end,
 * and tells the coordinator and the region's network coordinators once the end is reached. The
 * case started when the referral was accepted. Each notice goes out once, by key.
 */
import { durationWindow } from '@omringd/core';
import type { SystemContext } from '../../kernel/accessContext.ts';
import { currentProgramme, programmeVersion } from '../programmes/programmeStore.ts';
import { noticeOnce, regionCoordinators } from '../notifications/index.ts';
import { acceptedAt, coordinatorsOf, runningProgrammeCases } from './queries.ts';

export type DurationSweepResult = { warnings: number; reached: number };

export async function sweepDurations(system: SystemContext): Promise<DurationSweepResult> {
  const result: DurationSweepResult = { warnings: 0, reached: 0 };
  const running = await system.read((tx) => runningProgrammeCases(tx));
  for (const row of running) {
    const caseId = row.caseId;
    if (caseId === null) continue;
    const outcome = { reached: false };
    const sent = await system.act(
      {
        action: 'update',
        subjectType: 'case',
        subjectId: caseId,
        caseId,
        purpose: 'coordination',
      },
      async (scope) => {
        const key = row.programmeKey ?? '';
        const programme =
          row.programmeVersion === null
            ? await currentProgramme(scope.tx, key)
            : await programmeVersion(scope.tx, key, row.programmeVersion);
        if (programme.maxDuration === null) return false;
        const accepted = await acceptedAt(scope.tx, row.id);
        if (accepted === null) return false;
        const { endsAt, warnFrom } = durationWindow(accepted, programme.maxDuration);
        if (scope.now < warnFrom) return false;
        const coordinators = await coordinatorsOf(scope.tx, caseId);
        const params = {
          caseId,
          referralId: row.id,
          deadline: programme.name.nl,
          endsAt: endsAt.toISOString(),
        };
        const reached = scope.now >= endsAt;
        outcome.reached = reached;
        scope.actAs({ organizationId: row.receivingOrganizationId });
        scope.note({ duration: reached ? 'reached' : 'warning', endsAt: endsAt.toISOString() });
        return reached
          ? noticeOnce(
              scope.tx,
              [...coordinators, ...(await regionCoordinators(scope.tx, programme))],
              `duration-reached:${caseId}`,
              'case_duration_reached',
              params,
              scope.now,
            )
          : noticeOnce(
              scope.tx,
              coordinators,
              `duration-warning:${caseId}`,
              'case_duration_warning',
              params,
              scope.now,
            );
      },
    );
    if (sent && outcome.reached) result.reached++;
    else if (sent) result.warnings++;
  }
  return result;
}
