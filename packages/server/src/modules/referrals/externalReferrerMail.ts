/**
 * A referrer without an account hears each step by e-mail: the reference, the receiver, the new
 * status and who to call. Nothing about the family: an e-mail travels outside Omringd.
 */
import { staffEmail } from '../../kernel/signInName.ts';
import { referralReference, referralStatusLabels, type ReferralStatus } from '@omringd/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { users } from '../../platform/db/identitySchema.ts';
import { organizations } from '../../platform/db/schema.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import type { ReferralRow } from '../../kernel/guards/referralGuard.ts';

export async function mailExternalReferrer(
  tx: Db,
  row: ReferralRow,
  status: ReferralStatus,
  now: Date,
): Promise<void> {
  const referrer = row.externalReferrer;
  if (referrer === null) return;
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, row.receivingOrganizationId));
  const [contact] =
    row.assignedUserId === null
      ? []
      : await tx
          .select({ name: users.displayName, email: staffEmail, phone: users.phone })
          .from(users)
          .where(eq(users.id, row.assignedUserId));
  const reference = referralReference(row.id);
  const label = referralStatusLabels[status];
  const reach =
    contact === undefined
      ? null
      : [contact.name, contact.phone, contact.email]
          .filter((x) => x !== null && x !== '')
          .join(', ');
  const text = [
    `Beste ${referrer.name},`,
    '',
    `Je aanmelding ${reference} bij ${org?.name ?? ''} heeft een nieuwe status: ${label.nl}.`,
    ...(reach === null ? [] : [`Je aanspreekpunt: ${reach}.`]),
    'Dit bericht bevat geen gegevens over het gezin. Vragen? Bel je aanspreekpunt en noem de referentie.',
    '',
    '---',
    '',
    `Dear ${referrer.name},`,
    '',
    `Your referral ${reference} to ${org?.name ?? ''} has a new status: ${label.en}.`,
    ...(reach === null ? [] : [`Your contact person: ${reach}.`]),
    'This message holds no information about the family. Questions? Call your contact person and give the reference.',
  ].join('\n');
  await enqueueEmail(
    tx,
    {
      idempotencyKey: `external-referrer:${row.id}:${status}:${now.toISOString()}`,
      to: referrer.email,
      subject: `Omringd: aanmelding ${reference} — ${label.nl}`,
      text,
    },
    now,
  );
}
