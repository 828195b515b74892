/** What the routes of a case file's network, life domains, assessment, scores and timeline answer. */
import { z } from 'zod';
import { networkSchema } from '../caseFile/network.ts';
import { lifeDomainKeys, lifeDomainsSchema } from '../caseFile/lifeDomains.ts';
import { assessmentSchema } from '../caseFile/assessment.ts';
import { scaleKeys } from '../caseFile/scores.ts';
import { noteVisibilities, timelineKinds } from '../caseFile/timeline.ts';

/** An editable part with its version: 0 while nothing was recorded; a save names the version. */
const versioned = <T extends z.ZodType>(content: T) =>
  z.object({
    version: z.number().int().nonnegative(),
    content,
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  });
const save = <T extends z.ZodType>(content: T) =>
  z.object({ version: z.number().int().nonnegative(), content });

export const caseNetworkSchema = versioned(networkSchema);
export type CaseNetwork = z.infer<typeof caseNetworkSchema>;
export const networkSaveSchema = save(networkSchema);

export const caseLifeDomainsSchema = versioned(lifeDomainsSchema).extend({
  /** The domains this case works with (its programmes'), in order. */
  offered: z.array(z.enum(lifeDomainKeys)),
});
export type CaseLifeDomains = z.infer<typeof caseLifeDomainsSchema>;
export const lifeDomainsSaveSchema = save(lifeDomainsSchema);

export const caseAssessmentSchema = versioned(assessmentSchema);
export type CaseAssessment = z.infer<typeof caseAssessmentSchema>;
export const assessmentSaveSchema = save(assessmentSchema);

export const scoreViewSchema = z.object({
  id: z.string(),
  scale: z.enum(scaleKeys),
  score: z.number().int().min(0).max(10),
  /** Groups one person's scores: user:…, member:… or network:… */
  scorerKey: z.string(),
  scorerKind: z.enum(['professional', 'family_member', 'network_person']),
  scorerName: z.string(),
  note: z.string(),
  scoredAt: z.string(),
  recordedBy: z.string().nullable(),
});
export type ScoreView = z.infer<typeof scoreViewSchema>;
export const caseScoresSchema = z.object({ scores: z.array(scoreViewSchema) });
export type CaseScores = z.infer<typeof caseScoresSchema>;

export const timelineEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(timelineKinds),
  occurredAt: z.string(),
  by: z.string().nullable(),
  text: z.string(),
  /** For a recorded entry: who may read it; null for what the case file recorded itself. */
  visibility: z.enum(noteVisibilities).nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export const caseTimelineSchema = z.object({ entries: z.array(timelineEntrySchema) });
export type CaseTimeline = z.infer<typeof caseTimelineSchema>;
