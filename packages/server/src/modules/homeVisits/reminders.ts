/**
 * The day before a confirmed home visit, each parent with an account is reminded: a notice in
 * Omringd and its e-mail, naming the moment (their own visit), never the family. The minutely
 * sweep finds the visits due; each reminder is claimed on the visit's row in the transaction that
 * stores it, so two sweeps at once remind once.
 */
import type { SystemContext } from '../../kernel/accessContext.ts';
import { noticeOnce } from '../notifications/index.ts';
import { brusselsMoment } from './moment.ts';
import { claimReminder, parentAccountsOf, visitsToRemind } from './queries.ts';

export async function sweepVisitReminders(system: SystemContext): Promise<{ reminded: number }> {
  const now = system.now();
  const due = await system.read((tx) => visitsToRemind(tx, now));
  let reminded = 0;
  for (const visit of due) {
    const did = await system.act(
      {
        action: 'update',
        subjectType: 'case',
        subjectId: visit.caseId,
        caseId: visit.caseId,
        purpose: 'care',
      },
      async (scope) => {
        if (!(await claimReminder(scope.tx, visit.id, now))) return false;
        const parents = await parentAccountsOf(scope.tx, visit.familyId);
        await noticeOnce(
          scope.tx,
          parents.map((p) => p.userId),
          `home-visit-reminder:${visit.id}`,
          'visit_reminder',
          {
            caseId: visit.caseId,
            startsAt: visit.startsAt.toISOString(),
            deadline: brusselsMoment(visit.startsAt),
          },
          now,
        );
        return true;
      },
    );
    if (did) reminded++;
  }
  return { reminded };
}
