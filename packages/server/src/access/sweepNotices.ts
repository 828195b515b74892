/**
 * Notices the background sweeps send: to the intake team, to the network coordinators of a
 * programme's region, or to one holder. Each person gets one notice and one e-mail per key, so a
 * sweep that runs again sends nothing twice.
 */
import { provinceOfNis, type Programme } from '@omringd/core';
import { and, eq, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { memberships, notifications, users } from '../db/identitySchema.ts';
import { enqueueEmail } from '../mail/outbox.ts';

export type SweepNoticeKind =
  'referral_overdue' | 'referral_deadline_near' | 'case_duration_warning' | 'case_duration_reached';

const subjects: Record<SweepNoticeKind, { nl: string; en: string }> = {
  referral_overdue: {
    nl: 'Omringd: termijn van een aanmelding overschreden',
    en: 'Omringd: a referral is overdue',
  },
  referral_deadline_near: {
    nl: 'Omringd: termijn van een aanmelding loopt af',
    en: 'Omringd: a referral deadline is near',
  },
  case_duration_warning: {
    nl: 'Omringd: de begeleiding bereikt bijna haar maximale duur',
    en: 'Omringd: a case is nearing its maximum duration',
  },
  case_duration_reached: {
    nl: 'Omringd: de maximale duur van een begeleiding is bereikt',
    en: 'Omringd: a case has reached its maximum duration',
  },
};

const bodies: Record<SweepNoticeKind, { nl: string; en: string }> = {
  referral_overdue: {
    nl: 'Een aanmelding wacht op een antwoord en de termijn is voorbij',
    en: 'A referral is waiting for an answer and its deadline has passed',
  },
  referral_deadline_near: {
    nl: 'Een aanmelding wacht op een antwoord en de termijn loopt af',
    en: 'A referral is waiting for an answer and its deadline is near',
  },
  case_duration_warning: {
    nl: 'Een begeleiding nadert haar maximale duur: plan de afronding of de overdracht met het gezin',
    en: 'A case is nearing its maximum duration: plan the closing or the hand-over with the family',
  },
  case_duration_reached: {
    nl: 'Een begeleiding heeft haar maximale duur bereikt: rond af of leg uit waarom ze doorloopt',
    en: 'A case has reached its maximum duration: close it or record why it continues',
  },
};

export async function intakeTeam(tx: Db, organizationId: string): Promise<string[]> {
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

export async function regionCoordinators(tx: Db, programme: Programme): Promise<string[]> {
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
export async function noticeOnce(
  tx: Db,
  userIds: string[],
  key: string,
  kind: SweepNoticeKind,
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
        subject: subjects[kind][nl ? 'nl' : 'en'],
        text: nl
          ? `Dag ${person.displayName},\n\n${bodies[kind].nl} (${String(params.deadline)}). Meld je aan in Omringd om het op te nemen.\n`
          : `Hello ${person.displayName},\n\n${bodies[kind].en} (${String(params.deadline)}). Sign in to Omringd to take it up.\n`,
      },
      now,
    );
  }
  return stored;
}
