/**
 * The follow-up of referrals sent outside Omringd: once their moment has come, the referrer gets
 * one reminder to check whether the service took the family up. Keyed per referral, so a sweep
 * that runs again sends nothing twice.
 */
import type { SystemContext } from '../../kernel/accessContext.ts';
import { noticeOnce } from '../notifications/index.ts';
import { externalFollowUpsDue } from './queries.ts';

export async function sweepExternalFollowUps(system: SystemContext): Promise<number> {
  const due = await system.read((tx) => externalFollowUpsDue(tx, system.now()));
  let reminded = 0;
  for (const row of due) {
    const sent = await system.act(
      {
        action: 'update',
        subjectType: 'referral',
        subjectId: row.id,
        caseId: row.caseId,
        purpose: 'coordination',
      },
      async (scope) => {
        scope.actAs({ organizationId: row.referrerOrganizationId });
        scope.note({ followUp: 'external' });
        return noticeOnce(
          scope.tx,
          [row.referrerUserId],
          `external-follow-up:${row.id}`,
          'external_follow_up',
          { referralId: row.id },
          scope.now,
        );
      },
    );
    if (sent) reminded++;
  }
  return reminded;
}
