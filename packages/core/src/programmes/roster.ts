/**
 * Who is on intake duty at a moment: the coordinator of the roster slot that holds the Brussels
 * weekday and time, or else the general duty line. Contacts count only on the dates they hold.
 */
import { inBrussels } from './brusselsTime.ts';
import type { Roster, Weekday } from './programme.ts';

const weekdays: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export type OnDuty =
  | { kind: 'coordinator'; coordinatorEmail: string; coordinatorName: string; until: string }
  | { kind: 'duty_line'; name: string; contacts: { kind: 'phone' | 'email'; value: string }[] };

export function contactsValidOn<
  T extends { validFrom?: string | undefined; validTo?: string | undefined },
>(contacts: readonly T[], day: string): T[] {
  return contacts.filter(
    (c) =>
      (c.validFrom === undefined || c.validFrom <= day) &&
      (c.validTo === undefined || c.validTo >= day),
  );
}

export function onDuty(roster: Roster, at: Date): OnDuty {
  const local = inBrussels(at);
  const weekday = weekdays[local.weekday - 1];
  const clock = local.toFormat('HH:mm');
  const slot = roster.slots.find((s) => s.weekday === weekday && s.from <= clock && clock < s.to);
  if (slot !== undefined)
    return {
      kind: 'coordinator',
      coordinatorEmail: slot.coordinatorEmail,
      coordinatorName: slot.coordinatorName,
      until: slot.to,
    };
  const day = local.toISODate() ?? '';
  return {
    kind: 'duty_line',
    name: roster.dutyLine.name,
    contacts: contactsValidOn(roster.dutyLine.contacts, day).map((c) => ({
      kind: c.kind,
      value: c.value,
    })),
  };
}
