/**
 * The 0–10 scale ("how safe is the child now?"), scored by each participant separately and kept
 * over time. A score is never changed: a new score is a new row, so a parent's score can never be
 * overwritten by a professional's. Who scored is part of the score.
 */
import { z } from 'zod';

export const scaleKeys = ['safety'] as const;
export type ScaleKey = (typeof scaleKeys)[number];

/** Who gives the score: the signed-in professional, a member of the family, or the network. */
export const scorerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('self') }),
  z.object({ kind: z.literal('family_member'), memberId: z.string().min(1).max(40) }),
  z.object({ kind: z.literal('network_person'), personId: z.string().min(1).max(40) }),
]);
export type ScorerInput = z.infer<typeof scorerSchema>;

export const scoreInputSchema = z.object({
  scale: z.enum(scaleKeys).default('safety'),
  score: z
    .number({ error: 'A score is a whole number from 0 to 10.' })
    .int({ error: 'A score is a whole number from 0 to 10.' })
    .min(0, { error: 'A score is a whole number from 0 to 10.' })
    .max(10, { error: 'A score is a whole number from 0 to 10.' }),
  scorer: scorerSchema,
  /** Why this number, in the scorer's words. */
  note: z.string().trim().max(500).default(''),
});
export type ScoreInput = z.infer<typeof scoreInputSchema>;

/** The series of one scorer, oldest first, as the trend chart draws it. */
export type ScoreSeries<S> = { scorerKey: string; scores: S[] };

export function seriesPerScorer<S extends { scorerKey: string; scoredAt: string }>(
  scores: readonly S[],
): ScoreSeries<S>[] {
  const byScorer = new Map<string, S[]>();
  for (const s of [...scores].sort((a, b) => a.scoredAt.localeCompare(b.scoredAt))) {
    const list = byScorer.get(s.scorerKey) ?? [];
    list.push(s);
    byScorer.set(s.scorerKey, list);
  }
  return [...byScorer].map(([scorerKey, list]) => ({ scorerKey, scores: list }));
}
