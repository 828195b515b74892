/**
 * The application's background work, wired onto the queue: every minute the deadline, duration
 * and plan sweeps (each as a system actor on the trail), and every night the audit chain's anchor
 * (written to the operator's file and the log, and e-mailed when configured).
 */
import type { Database } from './platform/db/database.ts';
import type { Clock } from './platform/clock.ts';
import { enqueueEmail, redactSpentLinks } from './platform/mail/outbox.ts';
import { startQueue, type JobQueue, type QueueOptions } from './platform/jobs/jobQueue.ts';
import { SystemContext } from './kernel/accessContext.ts';
import { appendAnchor, currentAnchor } from './kernel/audit/anchor.ts';
import { sealAuditTrail } from './kernel/audit/sealer.ts';
import { sweepDeadlines, sweepExternalFollowUps } from './modules/referrals/index.ts';
import { sweepDurations } from './modules/cases/index.ts';
import { sweepPlans } from './modules/carePlan/index.ts';
import { sweepVisitReminders } from './modules/homeVisits/index.ts';

export type { JobQueue } from './platform/jobs/jobQueue.ts';

export const DEADLINE_SWEEP = 'deadline-sweep';
export const AUDIT_ANCHOR = 'audit-anchor';

/** The queues the application uses (the owner's migration step makes them on PostgreSQL). */
export const applicationQueues = [
  { name: DEADLINE_SWEEP, retryLimit: 3 },
  { name: AUDIT_ANCHOR, retryLimit: 3 },
] as const;

/** Where and how the nightly anchor goes; without it there is no anchor job (tests). */
export type AnchorTarget = { key: Buffer; file: string; email: string | undefined };

export async function anchorAuditTrail(
  database: Database,
  target: AnchorTarget,
  at: Date,
): Promise<void> {
  await sealAuditTrail(database.db);
  const anchor = await currentAnchor(database.db, target.key, at);
  await appendAnchor(target.file, anchor);
  console.log(JSON.stringify({ event: 'audit_anchor', ...anchor }));
  if (target.email !== undefined)
    await enqueueEmail(
      database.db,
      {
        idempotencyKey: `audit-anchor:${anchor.at}`,
        to: target.email,
        subject: `Omringd: anker van het auditspoor (${anchor.rows} rijen)`,
        text: `Bewaar deze regel buiten Omringd; "omringd verify-audit --anchor" controleert er het auditspoor mee.\n\n${JSON.stringify(anchor)}\n`,
      },
      at,
    );
}

export function startJobQueue(
  database: Database,
  clock: Clock,
  options: QueueOptions & { anchor?: AnchorTarget } = { schedule: true },
): Promise<JobQueue> {
  const { anchor } = options;
  return startQueue(
    database,
    [
      {
        name: DEADLINE_SWEEP,
        cron: '* * * * *',
        retryLimit: 3,
        run: async () => {
          await sweepDeadlines(new SystemContext(database, clock, 'deadline sweep (system)'));
          await sweepExternalFollowUps(
            new SystemContext(database, clock, 'follow-up sweep (system)'),
          );
          await sweepDurations(new SystemContext(database, clock, 'duration sweep (system)'));
          await sweepPlans(new SystemContext(database, clock, 'plan sweep (system)'));
          await sweepVisitReminders(
            new SystemContext(database, clock, 'home visit reminders (system)'),
          );
          await redactSpentLinks(database.db, clock());
        },
      },
      ...(anchor === undefined
        ? []
        : [
            {
              name: AUDIT_ANCHOR,
              cron: '15 2 * * *',
              retryLimit: 3,
              run: () => anchorAuditTrail(database, anchor, clock()),
            },
          ]),
    ],
    options,
  );
}
