/** The 0–10 scores of a case on the protected tables: added, never changed; read in order. */
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { caseScores } from '../../../kernel/tables/caseFileSchema.ts';
import { users } from '../../../platform/db/identitySchema.ts';

export type ScoreRow = {
  id: string;
  scale: string;
  score: number;
  scorerKey: string;
  scorerKind: string;
  scorerName: string;
  note: string;
  scoredAt: Date;
  recordedBy: string | null;
};

export async function addScore(
  tx: Db,
  score: Omit<ScoreRow, 'id' | 'recordedBy'> & { caseId: string; by: string },
): Promise<string> {
  const id = randomUUID();
  await tx.insert(caseScores).values({
    id,
    caseId: score.caseId,
    scale: score.scale,
    score: score.score,
    scorerKey: score.scorerKey,
    scorerKind: score.scorerKind,
    scorerName: score.scorerName,
    note: score.note,
    scoredAt: score.scoredAt,
    recordedBy: score.by,
  });
  return id;
}

export async function scoresOf(tx: Db, caseId: string): Promise<ScoreRow[]> {
  return tx
    .select({
      id: caseScores.id,
      scale: caseScores.scale,
      score: caseScores.score,
      scorerKey: caseScores.scorerKey,
      scorerKind: caseScores.scorerKind,
      scorerName: caseScores.scorerName,
      note: caseScores.note,
      scoredAt: caseScores.scoredAt,
      recordedBy: users.displayName,
    })
    .from(caseScores)
    .leftJoin(users, eq(users.id, caseScores.recordedBy))
    .where(eq(caseScores.caseId, caseId))
    .orderBy(asc(caseScores.scoredAt), asc(caseScores.id));
}
