/**
 * The deadline sweep, run by the job queue every minute: a reminder to whoever holds a referral
 * when three quarters of a deadline has passed, and an escalation to the whole intake team and the
 * network coordinators of the region once it is overdue. Every notice and e-mail carries a key
 * made of the referral, the deadline and the kind, so a sweep that runs again (or a retried job)
 * sends nothing twice.
 */
import { dueAt, provinceOfNis, type Programme } from '@omringd/core';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Database, Db } from '../db/database.ts';
import { referralEvents, referrals } from '../db/caseSchema.ts';
import { memberships, notifications, users } from '../db/identitySchema.ts';
import { writeAudit } from '../audit/auditWriter.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import { currentProgramme, programmeVersion } from '../programmes/programmeStore.ts';

export type SweepResult = { reminders: number; escalations: number };

const REMIND_AT = 0.75;

async function intakeTeam(tx: Db, organizationId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        eq(memberships.role, 'case_coordinator'),
        eq(users.status, 'active'),
      ),
    );
  return rows.map((r) => r.userId);
}

async function regionCoordinators(tx: Db, programme: Programme): Promise<string[]> {
  const provinces = new Set<string>([
    ...programme.region.provinces,
    ...programme.region.municipalities.flatMap((nis) => provinceOfNis(nis) ?? []),
  ]);
  const rows = await tx
    .select({ userId: memberships.userId, region: memberships.regionProvinces })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.role, 'network_coordinator'), eq(users.status, 'active')));
  return rows.filter((r) => r.region.some((p) => provinces.has(p))).map((r) => r.userId);
}

/** One notice and one e-mail per person and key; returns whether anything new was stored. */
async function noticeOnce(
  tx: Db,
  userIds: string[],
  key: string,
  kind: string,
  params: Record<string, unknown>,
  now: Date,
): Promise<boolean> {
  let stored = false;
  const people =
    userIds.length === 0
      ? []
      : await tx
          .select()
          .from(users)
          .where(inArray(users.id, [...new Set(userIds)]));
  for (const person of people) {
    const inserted = await tx
      .insert(notifications)
      .values({
        id: randomUUID(),
        userId: person.id,
        kind,
        params: JSON.stringify(params),
        createdAt: now,
        dedupeKey: `${key}:${person.id}`,
      })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    if (inserted.length === 0) continue;
    stored = true;
    const nl = person.locale === 'nl';
    await enqueueEmail(
      tx,
      {
        idempotencyKey: `${key}:${person.id}`,
        to: person.email,
        subject:
          kind === 'referral_overdue'
            ? nl
              ? 'Omringd: termijn van een aanmelding overschreden'
              : 'Omringd: a referral is overdue'
            : nl
              ? 'Omringd: termijn van een aanmelding loopt af'
              : 'Omringd: a referral deadline is near',
        text: nl
          ? `Dag ${person.displayName},\n\nEen aanmelding in Omringd wacht op een antwoord (${String(params.deadline)}). Meld je aan om ze op te nemen.\n`
          : `Hello ${person.displayName},\n\nA referral in Omringd is waiting for an answer (${String(params.deadline)}). Sign in to take it up.\n`,
      },
      now,
    );
  }
  return stored;
}

export async function sweepDeadlines(database: Database, now: Date): Promise<SweepResult> {
  const result: SweepResult = { reminders: 0, escalations: 0 };
  const open = await database.db
    .select()
    .from(referrals)
    .where(
      and(
        inArray(referrals.status, ['requested', 'accepted']),
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
      const events = await tx
        .select()
        .from(referralEvents)
        .where(eq(referralEvents.referralId, row.id));
      for (const level of programme.serviceLevels) {
        const startEvent =
          level.from === 'referral_sent'
            ? row.sentAt
            : level.from === 'referral_accepted'
              ? (events.find((e) => e.toStatus === 'accepted')?.at ?? null)
              : null;
        if (startEvent === null) continue;
        const met =
          level.id === 'feedback'
            ? events.some((e) => e.fromStatus === 'requested')
            : events.some((e) => e.toStatus === 'in-progress');
        if (met) continue;
        const due = dueAt(startEvent, level.within);
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
