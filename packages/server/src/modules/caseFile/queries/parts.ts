/**
 * The editable parts of a case file (network, life domains, assessment) on the protected tables;
 * each statement runs on the transaction or read scope of a guard, which has decided and audits.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { caseFileParts } from '../../../kernel/tables/caseFileSchema.ts';
import { users } from '../../../platform/db/identitySchema.ts';

export type PartKey = 'network' | 'life_domains' | 'assessment';
export type PartRow = {
  content: unknown;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
};

const columns = {
  content: caseFileParts.content,
  version: caseFileParts.version,
  updatedAt: caseFileParts.updatedAt,
  updatedBy: users.displayName,
};

export async function partRow(tx: Db, caseId: string, part: PartKey): Promise<PartRow | undefined> {
  const [row] = await tx
    .select(columns)
    .from(caseFileParts)
    .leftJoin(users, eq(users.id, caseFileParts.updatedBy))
    .where(and(eq(caseFileParts.caseId, caseId), eq(caseFileParts.part, part)));
  return row;
}

/**
 * Saves a change of the version the user saw in one statement, so of two saves of one version
 * exactly one succeeds. Version 0 is "nothing yet". Answers the new version, or undefined when
 * the version has moved on.
 */
export async function savePart(
  tx: Db,
  caseId: string,
  part: PartKey,
  change: { content: unknown; version: number },
  now: Date,
  by: string,
): Promise<number | undefined> {
  if (change.version === 0) {
    const [created] = await tx
      .insert(caseFileParts)
      .values({ caseId, part, content: change.content, version: 1, updatedAt: now, updatedBy: by })
      .onConflictDoNothing()
      .returning({ version: caseFileParts.version });
    return created?.version;
  }
  const [saved] = await tx
    .update(caseFileParts)
    .set({
      content: change.content,
      version: sql`${caseFileParts.version} + 1`,
      updatedAt: now,
      updatedBy: by,
    })
    .where(
      and(
        eq(caseFileParts.caseId, caseId),
        eq(caseFileParts.part, part),
        eq(caseFileParts.version, change.version),
      ),
    )
    .returning({ version: caseFileParts.version });
  return saved?.version;
}

/** A part as first recorded (the network opened from a referral): version 1, if none yet. */
export async function insertPart(
  tx: Db,
  caseId: string,
  part: PartKey,
  content: unknown,
  now: Date,
  by: string,
): Promise<void> {
  await tx
    .insert(caseFileParts)
    .values({ caseId, part, content, version: 1, updatedAt: now, updatedBy: by })
    .onConflictDoNothing();
}
