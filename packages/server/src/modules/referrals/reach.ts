/**
 * Can anyone in Omringd receive a referral to this organisation? Someone on its intake, active.
 * When no one can, the service's own routes from the social map (its phones, e-mail, website and
 * how it takes referrals, e.g. "aanmelding via MaPa") and the programme's duty line, so the
 * referrer can use them instead and the referral is never dropped.
 */
import { brusselsDate, contactsValidOn, type Programme, type Reach } from '@omringd/core';
import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { organizations, phones, services } from '../../platform/db/schema.ts';
import { receiversOf } from '../notifications/index.ts';

type Receiving = {
  receivingOrganizationId: string;
  serviceId: string | null;
};

async function routesOf(
  tx: Db,
  receiving: Receiving,
  programme: Programme | null,
  now: Date,
): Promise<Reach['routes']> {
  const found =
    receiving.serviceId !== null
      ? await tx.select().from(services).where(eq(services.id, receiving.serviceId))
      : await tx
          .select()
          .from(services)
          .where(eq(services.organizationId, receiving.receivingOrganizationId));
  const serviceIds = found.map((s) => s.id);
  const numbers =
    serviceIds.length === 0
      ? []
      : await tx
          .select({ number: phones.number, description: phones.description })
          .from(phones)
          .where(
            or(
              inArray(phones.serviceId, serviceIds),
              eq(phones.organizationId, receiving.receivingOrganizationId),
            ),
          );
  const routes: Reach['routes'] = [];
  const add = (route: Reach['routes'][number]) => {
    if (!routes.some((r) => r.kind === route.kind && r.value === route.value)) routes.push(route);
  };
  for (const contact of contactsValidOn(
    programme?.roster?.dutyLine.contacts ?? [],
    brusselsDate(now),
  ))
    add({
      kind: contact.kind,
      value: contact.value,
      label: programme?.roster?.dutyLine.name ?? '',
    });
  for (const n of numbers) add({ kind: 'phone', value: n.number, label: n.description ?? '' });
  for (const s of found) {
    if (s.email !== null && s.email !== '') add({ kind: 'email', value: s.email, label: s.name });
    if (s.url !== null && s.url !== '') add({ kind: 'website', value: s.url, label: s.name });
    if (s.applicationProcess !== null && s.applicationProcess !== '')
      add({ kind: 'other', value: s.applicationProcess, label: s.name });
  }
  return routes;
}

export async function reachOf(
  tx: Db,
  receiving: Receiving,
  programme: Programme | null,
  now: Date,
): Promise<Reach> {
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, receiving.receivingOrganizationId));
  const receivable = (await receiversOf(tx, receiving)).length > 0;
  return {
    receivable,
    organizationName: org?.name ?? '',
    routes: receivable ? [] : await routesOf(tx, receiving, programme, now),
  };
}
