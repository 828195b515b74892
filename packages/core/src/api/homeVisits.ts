/**
 * Home visits planned with the family: the contact person's free moments, the family's pick or
 * proposal with what they want to talk about, the rhythm the family chooses, the confirmation.
 */
import { z } from 'zod';
import { homeVisitStatuses } from '../homeVisits/rules.ts';

const moment = z.iso.datetime({
  offset: true,
  error: 'Give a date and time, such as 2026-12-14T10:00:00+01:00.',
});
const minutes = z
  .number({ error: 'Give the length in minutes.' })
  .int({ error: 'Give the length in whole minutes.' })
  .min(15, { error: 'A visit takes at least 15 minutes.' })
  .max(240, { error: 'A visit takes at most 4 hours.' });
const topics = z.string().trim().max(1000, { error: 'Keep it under 1000 characters.' }).default('');

/** Free moments a contact person offers for home visits (to all the families they coordinate). */
export const visitSlotsInputSchema = z.object({
  slots: z
    .array(z.object({ startsAt: moment, minutes }))
    .min(1, { error: 'Add at least one moment.' })
    .max(50, { error: 'Add at most 50 moments at once.' }),
});
export type VisitSlotsInput = z.input<typeof visitSlotsInputSchema>;

export const visitSlotSchema = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  minutes: z.number().int(),
  /** Taken by a family (asked or confirmed). */
  taken: z.boolean(),
});
export type VisitSlot = z.infer<typeof visitSlotSchema>;
export const visitSlotsSchema = z.object({ slots: z.array(visitSlotSchema) });

export const homeVisitSchema = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  minutes: z.number().int(),
  status: z.enum(homeVisitStatuses),
  /** Picked from the contact person's free moments (else proposed by the family). */
  fromSlot: z.boolean(),
  /** What the family wants to talk about. */
  topics: z.string(),
  /** The contact person's answer, when declining or cancelling. */
  answer: z.string(),
  requestedByName: z.string(),
  decidedByName: z.string().nullable(),
  /** Changes the invited calendars must hear of (iCalendar SEQUENCE). */
  sequence: z.number().int(),
});
export type HomeVisit = z.infer<typeof homeVisitSchema>;

/** The rhythm the family chose, within what the case's programmes allow. */
export const visitRhythmSchema = z.object({
  everyWeeks: z.number().int().nullable(),
  chosenByName: z.string().nullable(),
  allowed: z.object({ min: z.number().int(), max: z.number().int() }),
  minutes: z.number().int(),
});
export type VisitRhythm = z.infer<typeof visitRhythmSchema>;

/** What the family sees: the rhythm, the free moments of their contact person, their visits. */
export const familyVisitsSchema = z.object({
  rhythm: visitRhythmSchema,
  contactName: z.string().nullable(),
  freeSlots: z.array(visitSlotSchema),
  visits: z.array(homeVisitSchema),
});
export type FamilyVisits = z.infer<typeof familyVisitsSchema>;

/** What the case team sees. */
export const caseVisitsSchema = z.object({
  rhythm: visitRhythmSchema,
  visits: z.array(homeVisitSchema),
});
export type CaseVisits = z.infer<typeof caseVisitsSchema>;

/** The family picks one of the free moments, or proposes a moment of its own. */
export const visitRequestSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('slot'), slotId: z.uuid({ error: 'Choose a moment.' }), topics }),
    z.object({ kind: z.literal('proposal'), startsAt: moment, topics }),
  ],
  { error: 'Choose one of the moments, or propose one yourself.' },
);
export type VisitRequest = z.input<typeof visitRequestSchema>;

export const visitRhythmInputSchema = z.object({
  everyWeeks: z
    .number({ error: 'Choose how many weeks between visits.' })
    .int({ error: 'Choose a whole number of weeks.' }),
});

export const visitDecisionSchema = z.object({
  decision: z.enum(['confirm', 'decline', 'cancel'], {
    error: 'Choose to confirm, decline or cancel.',
  }),
  answer: z.string().trim().max(1000, { error: 'Keep it under 1000 characters.' }).default(''),
});
export type VisitDecision = z.input<typeof visitDecisionSchema>;
