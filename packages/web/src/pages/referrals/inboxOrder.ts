/** Which incoming referrals the intake list shows, and in which order. */
import type { Referral } from './referralTypes.ts';

export const inboxFilters = ['open', 'new', 'running', 'closed', 'all'] as const;
export type InboxFilter = (typeof inboxFilters)[number];
export const inboxSorts = ['deadline', 'duration', 'newest', 'oldest'] as const;
export type InboxSort = (typeof inboxSorts)[number];

const running = new Set(['accepted', 'in-progress', 'on-hold']);

export function matchesFilter(r: Referral, filter: InboxFilter): boolean {
  switch (filter) {
    case 'new':
      return r.status === 'requested';
    case 'running':
      return running.has(r.status);
    case 'open':
      return r.status === 'requested' || running.has(r.status);
    case 'closed':
      return r.status !== 'requested' && !running.has(r.status);
    case 'all':
      return true;
  }
}

/** The first deadline not met yet (overdue ones are the soonest), or none. */
function nextDue(r: Referral): number {
  const open = r.deadlines.filter((d) => d.metAt === null).map((d) => Date.parse(d.dueAt));
  return open.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...open);
}

/** The end of the maximum duration; referrals without one come last. */
function durationEnd(r: Referral): number {
  return r.durationEndsAt === null ? Number.POSITIVE_INFINITY : Date.parse(r.durationEndsAt);
}

const sent = (r: Referral) => Date.parse(r.sentAt ?? r.createdAt);

export function orderInbox(
  items: readonly Referral[],
  filter: InboxFilter,
  sort: InboxSort,
): Referral[] {
  const shown = items.filter((r) => matchesFilter(r, filter));
  switch (sort) {
    case 'deadline':
      return shown.sort((a, b) => nextDue(a) - nextDue(b) || sent(a) - sent(b));
    case 'duration':
      return shown.sort((a, b) => durationEnd(a) - durationEnd(b) || sent(a) - sent(b));
    case 'newest':
      return shown.sort((a, b) => sent(b) - sent(a));
    case 'oldest':
      return shown.sort((a, b) => sent(a) - sent(b));
  }
}
