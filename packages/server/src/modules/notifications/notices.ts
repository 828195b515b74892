/**
 * Notices: one in the application and one e-mail (through the outbox) per person and key. The
 * sweeps key a notice by what it is about, so a sweep that runs again sends nothing twice; an
 * event on a referral keys it by the event. Also who to tell: the intake team, the network
 * coordinators of a programme's region.
 */
import { provinceOfNis, rightsOf, roles, type Programme } from '@omringd/core';
import { and, eq, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { memberships, notifications, users } from '../../platform/db/identitySchema.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';

export type NoticeKind =
  | 'referral_received'
  | 'referral_status'
  | 'referral_overdue'
  | 'referral_deadline_near'
  | 'case_duration_warning'
  | 'case_duration_reached';

const subjects: Record<NoticeKind, { nl: string; en: string }> = {
  referral_received: {
    nl: 'Omringd: een nieuwe aanmelding',
    en: 'Omringd: a new referral',
  },
  referral_status: {
    nl: 'Omringd: nieuws over een aanmelding',
    en: 'Omringd: news about a referral',
  },
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

const bodies: Record<NoticeKind, { nl: string; en: string }> = {
  referral_received: {
    nl: 'Er is een nieuwe aanmelding voor jou of je team',
    en: 'There is a new referral for you or your team',
  },
  referral_status: {
    nl: 'Er is nieuws over een aanmelding: ze kreeg een nieuwe status',
    en: 'There is news about a referral: it has a new status',
  },
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

/** The roles that take up incoming referrals (read the intake inbox). */
export const intakeRoles = roles.filter((role) => rightsOf([role]).has('intake.read'));

/** The active people on intake of an organisation. */
export async function intakeTeam(tx: Db, organizationId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        inArray(memberships.role, intakeRoles),
        eq(users.status, 'active'),
      ),
    );
  return [...new Set(rows.map((r) => r.userId))];
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
/** The deadline or programme a notice is about, in brackets; nothing about the family. */
const about = (params: Record<string, unknown>) =>
  typeof params.deadline === 'string' ? ` (${params.deadline})` : '';

export async function noticeOnce(
  tx: Db,
  userIds: string[],
  key: string,
  kind: NoticeKind,
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
          ? `Dag ${person.displayName},\n\n${bodies[kind].nl}${about(params)}. Meld je aan in Omringd om te zien wat er is.\n`
          : `Hello ${person.displayName},\n\n${bodies[kind].en}${about(params)}. Sign in to Omringd to see what it is.\n`,
      },
      now,
    );
  }
  return stored;
}
