/**
 * A family on the waiting list of a service of the social map: since when, the wait the service
 * expects, and where it stands (waiting, offered, started, withdrawn); the bridging help given
 * meanwhile (1 Gezin 1 Plan's flexible offer, the first-line psychologist) hangs on the wait.
 */
import { z } from 'zod';
import { DateTime } from 'luxon';

export const waitStatuses = ['waiting', 'offered', 'started', 'withdrawn'] as const;
export type WaitStatus = (typeof waitStatuses)[number];

/** Where a wait may go next; started and withdrawn end it. */
export const waitTransitions: Readonly<Record<WaitStatus, readonly WaitStatus[]>> = {
  waiting: ['offered', 'started', 'withdrawn'],
  offered: ['started', 'waiting', 'withdrawn'],
  started: [],
  withdrawn: [],
};

/** A wait that still holds a place in the queue. */
export const isOpenWait = (status: WaitStatus) => status === 'waiting' || status === 'offered';

const day = z.iso.date({ error: 'A date is written as YYYY-MM-DD.' });
const note = z.string().trim().max(1000, { error: 'A note is at most 1000 characters.' });

export const waitInputSchema = z.object({
  serviceId: z.uuid({ error: 'Pick the service on the social map.' }),
  since: day,
  /** What the service expects, in weeks; null when it cannot say. */
  expectedWeeks: z
    .number({ error: 'Give the expected wait as a whole number of weeks.' })
    .int({ error: 'Give the expected wait as a whole number of weeks.' })
    .min(0, { error: 'A wait cannot be negative.' })
    .max(260, { error: 'Give a wait of at most 260 weeks (5 years).' })
    .nullable()
    .default(null),
  note: note.default(''),
});
export type WaitInput = z.infer<typeof waitInputSchema>;

export const waitMoveSchema = z.object({
  to: z.enum(waitStatuses),
  on: day,
  note: note.default(''),
});
export type WaitMove = z.infer<typeof waitMoveSchema>;

export const bridgingKinds = [
  'flexible_offer',
  'first_line_psychologist',
  'home_coaching',
  'group',
  'other',
] as const;
export type BridgingKind = (typeof bridgingKinds)[number];

export const bridgingInputSchema = z
  .object({
    kind: z.enum(bridgingKinds),
    /** Who gives it: a service of the social map, or a name where it is not on the map. */
    serviceId: z.uuid({ error: 'Pick the service on the social map.' }).nullable().default(null),
    provider: z.string().trim().max(200).default(''),
    from: day,
    to: day.nullable().default(null),
    note: note.default(''),
  })
  .refine((b) => b.serviceId !== null || b.provider !== '', {
    error: 'Say who gives the bridging help: pick a service or write the name.',
    path: ['provider'],
  })
  .refine((b) => b.to === null || b.to >= b.from, {
    error: 'The last day comes on or after the first day.',
    path: ['to'],
  });
export type BridgingInput = z.infer<typeof bridgingInputSchema>;

/** Days waited from `since` until `until` (both dates in Brussels), never negative. */
export function daysWaited(since: string, until: string): number {
  const days = DateTime.fromISO(until, { zone: 'utc' })
    .diff(DateTime.fromISO(since, { zone: 'utc' }), 'days')
    .as('days');
  return Math.max(0, Math.round(days));
}

/** The middle of the numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** Fewer families than this in a figure, and it is not shown (a family could be recognised). */
export const SMALL_COUNT = 5;

export type OpenWait = { serviceId: string; region: string; since: string };

export type WaitingFigure = {
  serviceId: string;
  region: string;
  /** Null when fewer than SMALL_COUNT families wait: then no median or longest either. */
  waiting: number | null;
  medianDays: number | null;
  longestDays: number | null;
};

/** Per service and region: how many families wait now, the median and the longest wait in days. */
export function waitingFigures(waits: readonly OpenWait[], today: string): WaitingFigure[] {
  const groups = new Map<string, { serviceId: string; region: string; days: number[] }>();
  for (const w of waits) {
    const key = `${w.serviceId}\u0000${w.region}`;
    const group = groups.get(key) ?? { serviceId: w.serviceId, region: w.region, days: [] };
    group.days.push(daysWaited(w.since, today));
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => {
    const shown = g.days.length >= SMALL_COUNT;
    return {
      serviceId: g.serviceId,
      region: g.region,
      waiting: shown ? g.days.length : null,
      medianDays: shown ? median(g.days) : null,
      longestDays: shown ? Math.max(...g.days) : null,
    };
  });
}
