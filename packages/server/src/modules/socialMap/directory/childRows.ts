/** The rows of a service's or organisation's phones and schedules, with ids stable per place. */
import type { Organization, Service } from '@omringd/core';
import { stableUuid } from '../../../platform/ids.ts';

export const phoneRow = (
  owner: { organizationId?: string; serviceId?: string },
  p: Organization['phones'][number],
  key: string,
  position: number,
) => ({
  id: stableUuid('phone', key),
  ...owner,
  number: p.number,
  extension: p.extension ?? null,
  type: p.type ?? null,
  description: p.description ?? null,
  validFrom: p.validFrom ?? null,
  validTo: p.validTo ?? null,
  position,
});
export const scheduleRow = (
  owner: { serviceId?: string; locationId?: string },
  s: Service['schedules'][number],
  key: string,
  position: number,
) => ({
  id: stableUuid('schedule', key),
  ...owner,
  description: s.description ?? null,
  freq: s.freq ?? null,
  byday: s.byday ?? null,
  opensAt: s.opensAt ?? null,
  closesAt: s.closesAt ?? null,
  dates: s.dates ?? null,
  validFrom: s.validFrom ?? null,
  validTo: s.validTo ?? null,
  attendingType: s.attendingType ?? null,
  notes: s.notes ?? null,
  dtstart: s.dtstart ?? null,
  timezone: s.timezone ?? null,
  until: s.until ?? null,
  count: s.count ?? null,
  wkst: s.wkst ?? null,
  interval: s.interval ?? null,
  byweekno: s.byweekno ?? null,
  bymonthday: s.bymonthday ?? null,
  byyearday: s.byyearday ?? null,
  scheduleLink: s.scheduleLink ?? null,
  position,
});
