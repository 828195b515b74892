/**
 * Notices: one in the application and one e-mail (through the outbox) per person and key. The
 * sweeps key a notice by what it is about, so a sweep that runs again sends nothing twice; an
 * event keys it by the event. Also who to tell: the intake team, the network coordinators of a
 * programme's region. Runs on the transaction of the guarded operation that has the news.
 */
import { staffEmail } from '../../kernel/signInName.ts';
import {
  managesRegion,
  provinceOfNis,
  receivesWarmReferrals,
  roles,
  takesIntake,
  type Programme,
} from '@omringd/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { memberships, users } from '../../platform/db/identitySchema.ts';
import { enqueueEmail, enqueueText } from '../../platform/mail/outbox.ts';
import { insertNotice } from './queries.ts';
import { noticeMessage } from './noticeMessage.ts';
import type { NoticeKind } from './texts.ts';

/** The roles that take up incoming referrals (read the intake inbox). */
export const intakeRoles = roles.filter(takesIntake);
/** The roles that take up a warm referral to one service of their organisation. */
const warmRoles = roles.filter(receivesWarmReferrals);
const regionRoles = roles.filter(managesRegion);

/** The active people on intake of an organisation, with their e-mail addresses. */
async function intakeMembers(tx: Db, organizationId: string, held = intakeRoles) {
  return tx
    .select({ userId: memberships.userId, email: staffEmail })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        inArray(memberships.role, held),
        eq(users.status, 'active'),
      ),
    );
}

/**
 * Who takes up a referral at its receiving organisation: the intake for a programme, and also
 * reception for a warm referral to one of its services.
 */
export async function receiversOf(
  tx: Db,
  referral: { receivingOrganizationId: string; serviceId: string | null },
): Promise<string[]> {
  const held = referral.serviceId === null ? intakeRoles : warmRoles;
  const found = await intakeMembers(tx, referral.receivingOrganizationId, held);
  return [...new Set(found.map((r) => r.userId))];
}

/** The active people on intake of an organisation. */
export async function intakeTeam(tx: Db, organizationId: string): Promise<string[]> {
  return [...new Set((await intakeMembers(tx, organizationId)).map((r) => r.userId))];
}

/** Their e-mail addresses (lower case): who a duty roster may name. */
export async function intakeEmails(tx: Db, organizationId: string): Promise<Set<string>> {
  return new Set((await intakeMembers(tx, organizationId)).map((r) => r.email.toLowerCase()));
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
    .where(and(inArray(memberships.role, regionRoles), eq(users.status, 'active')));
  return rows.filter((r) => r.region.some((p) => provinces.has(p))).map((r) => r.userId);
}

/** One notice and one e-mail per person and key; returns whether anything new was stored. */
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
    if (
      !(await insertNotice(
        tx,
        { userId: person.id, kind, params, key: `${key}:${person.id}` },
        now,
      ))
    )
      continue;
    stored = true;
    const message = noticeMessage(kind, params, person);
    // A family account reached by text message only: the news in one short message.
    if (person.email === null) {
      if (person.mobile !== null)
        await enqueueText(
          tx,
          { idempotencyKey: `${key}:${person.id}`, to: person.mobile, text: message.text },
          now,
        );
      continue;
    }
    await enqueueEmail(
      tx,
      {
        idempotencyKey: `${key}:${person.id}`,
        to: person.email,
        subject: message.subject,
        text: message.email,
      },
      now,
    );
  }
  return stored;
}
