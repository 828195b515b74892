/**
 * The 0–10 scale, scored by each participant separately. The professional scores as themselves;
 * a parent's or a network person's score is recorded for them under their name. A score is never
 * changed, so nobody's score replaces anybody else's.
 */
import { brusselsToday, type CaseScores, type ScoreInput, type ScoreView } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { familyRow } from './queries/family.ts';
import { partRow } from './queries/parts.ts';
import { addScore, scoresOf, type ScoreRow } from './queries/scores.ts';
import { addTimelineEntry } from './queries/timeline.ts';
import { networkPart } from './parts.ts';
import { partView } from './partView.ts';

export function scoreView(row: ScoreRow): ScoreView {
  return {
    ...row,
    scale: 'safety',
    scorerKind: row.scorerKind as ScoreView['scorerKind'],
    scoredAt: row.scoredAt.toISOString(),
  };
}

/** Who this score is of: key, kind and name (as they are called now). */
async function scorerOf(
  c: CaseAccess,
  scorer: ScoreInput['scorer'],
): Promise<{ key: string; kind: ScoreView['scorerKind']; name: string }> {
  switch (scorer.kind) {
    case 'self':
      return {
        key: `user:${c.principal.userId}`,
        kind: 'professional',
        name: c.principal.displayName,
      };
    case 'family_member': {
      const members = (await familyRow(c.tx, c.row.familyId))?.details.members ?? [];
      const member = members.find((m) => m.id === scorer.memberId);
      if (member === undefined || member.kind === 'unborn')
        throw new AppError(
          'invalid_input',
          `There is no parent or child "${scorer.memberId}" in this family. Choose someone from the family.`,
          'scorer.memberId',
        ).because('unknown_scorer');
      return { key: `member:${member.id}`, kind: 'family_member', name: member.name };
    }
    case 'network_person': {
      const network = partView(networkPart, await partRow(c.tx, c.caseId, 'network')).content;
      const person = network.people.find((p) => p.id === scorer.personId);
      if (person === undefined)
        throw new AppError(
          'invalid_input',
          `There is no person "${scorer.personId}" in the network. Add them to the network first.`,
          'scorer.personId',
        ).because('unknown_scorer');
      return { key: `network:${person.id}`, kind: 'network_person', name: person.name };
    }
  }
}

/** A score recorded inside a guard on the case (an evaluation records several in one go). */
export async function scoreWithin(c: CaseAccess, input: ScoreInput): Promise<ScoreView> {
  const who = await scorerOf(c, input.scorer);
  const id = await addScore(c.tx, {
    caseId: c.caseId,
    scale: input.scale,
    score: input.score,
    scorerKey: who.key,
    scorerKind: who.kind,
    scorerName: who.name,
    note: input.note,
    scoredAt: c.now,
    by: c.principal.userId,
  });
  await addTimelineEntry(c.tx, {
    caseId: c.caseId,
    kind: 'score_recorded',
    occurredAt: c.now,
    recordedAt: c.now,
    by: c.principal.userId,
    details: { scale: input.scale, score: input.score, scorer: who.name },
  });
  const saved = (await scoresOf(c.tx, c.caseId)).find((s) => s.id === id);
  if (saved === undefined) throw new Error('The score just recorded is not there.');
  return scoreView(saved);
}

export async function recordScore(
  ctx: AccessContext,
  caseId: string,
  input: ScoreInput,
): Promise<ScoreView> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'scores', scorer: input.scorer.kind, day: brusselsToday(c.now) });
      return scoreWithin(c, input);
    },
  );
}

export async function readScores(ctx: AccessContext, caseId: string): Promise<CaseScores> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'scores' });
      return { scores: (await scoresOf(c.tx, caseId)).map(scoreView) };
    },
  );
}
