/** Waiting lists with their bridging help, and the signals, as the API answers them. */
import { z } from 'zod';
import { bridgingKinds, waitStatuses } from '../waiting/waits.ts';
import { signalCategories } from '../signals/signals.ts';

export const bridgingViewSchema = z.object({
  id: z.string(),
  kind: z.enum(bridgingKinds),
  serviceId: z.string().nullable(),
  provider: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type BridgingView = z.infer<typeof bridgingViewSchema>;

export const waitViewSchema = z.object({
  id: z.string(),
  serviceId: z.string().nullable(),
  service: z.string(),
  organization: z.string(),
  since: z.string(),
  expectedWeeks: z.number().int().nullable(),
  status: z.enum(waitStatuses),
  statusOn: z.string(),
  /** Days waited until today, or until it started or was withdrawn. */
  daysWaited: z.number().int(),
  note: z.string(),
  /** Where the wait may go next. */
  next: z.array(z.enum(waitStatuses)),
  bridging: z.array(bridgingViewSchema),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type WaitView = z.infer<typeof waitViewSchema>;

export const waitingFigureViewSchema = z.object({
  serviceId: z.string(),
  service: z.string(),
  organization: z.string(),
  region: z.string(),
  waiting: z.number().int().nullable(),
  medianDays: z.number().nullable(),
  longestDays: z.number().int().nullable(),
});
export type WaitingFigureView = z.infer<typeof waitingFigureViewSchema>;

export const signalViewSchema = z.object({
  id: z.string(),
  category: z.enum(signalCategories),
  region: z.string(),
  text: z.string(),
  recordedOn: z.string(),
  createdBy: z.string(),
});
export type SignalView = z.infer<typeof signalViewSchema>;

const shown = z.number().int().nullable();

export const signalReportSchema = z.object({
  quarter: z.string(),
  from: z.string(),
  to: z.string(),
  categories: z.array(z.enum(signalCategories)),
  regions: z.array(z.string()),
  /** Per category (rows) and region (columns); null where hidden. */
  cells: z.array(z.array(shown)),
  categoryTotals: z.array(shown),
  regionTotals: z.array(shown),
  total: shown,
  hidden: z.object({ primary: z.number().int(), secondary: z.number().int() }),
  waitingTimes: z.array(waitingFigureViewSchema),
});
export type SignalReport = z.infer<typeof signalReportSchema>;
