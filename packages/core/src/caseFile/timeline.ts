/**
 * One timeline of the case: what people record (contacts, home visits, phone calls, notes) and
 * what happened in the case by itself (the referral's steps, changes to the family, the network
 * and the assessment, scores, emergency access). A recorded entry has a visibility: the case team
 * only, or also the family.
 */
import { z } from 'zod';

export const recordedKinds = ['contact', 'home_visit', 'phone_call', 'note'] as const;
export const eventKinds = [
  'referral',
  'family_changed',
  'birth_recorded',
  'network_changed',
  'life_domains_changed',
  'assessment_changed',
  'score_recorded',
  'care_table_planned',
  'care_table_held',
  'care_table_cancelled',
  'plan_saved',
  'plan_switched',
  'plan_evaluated',
  'case_closed',
  'break_glass',
] as const;
export const timelineKinds = [...recordedKinds, ...eventKinds] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const noteVisibilities = ['team', 'family'] as const;
export type NoteVisibility = (typeof noteVisibilities)[number];

export const timelineEntryInputSchema = z.object({
  kind: z.enum(recordedKinds),
  /** When it happened (a home visit this morning is recorded this afternoon). */
  occurredAt: z.iso.datetime({ offset: true, error: 'A moment is an ISO date and time.' }),
  text: z
    .string()
    .trim()
    .min(1, { error: 'Write what happened.' })
    .max(4000, { error: 'Keep it under 4000 characters.' }),
  visibility: z.enum(noteVisibilities).default('team'),
});
export type TimelineEntryInput = z.infer<typeof timelineEntryInputSchema>;

/** Kinds given as "?kinds=note,home_visit": unknown ones are refused, not ignored. */
export function parseKinds(raw: string | undefined): TimelineKind[] | { unknown: string } {
  if (raw === undefined || raw.trim() === '') return [...timelineKinds];
  const kinds: TimelineKind[] = [];
  for (const part of raw.split(',').map((k) => k.trim())) {
    const known = timelineKinds.find((k) => k === part);
    if (known === undefined) return { unknown: part };
    kinds.push(known);
  }
  return kinds;
}
