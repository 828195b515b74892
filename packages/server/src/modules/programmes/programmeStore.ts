/**
 * Programme definitions: the shipped defaults are loaded as version 1 when a programme is not
 * there yet; the current definition is the highest version.
 */
import { programmeSchema, type Programme } from '@omringd/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { Db } from '../../platform/db/database.ts';
import { programmes } from '../../platform/db/programmeSchema.ts';
import { AppError } from '../../platform/errors.ts';

const shipped = new URL('../../../data/programmes/', import.meta.url);

export async function readShippedProgrammes(): Promise<Programme[]> {
  const files = (await readdir(shipped)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = programmeSchema.safeParse(
        JSON.parse(await readFile(new URL(file, shipped), 'utf8')),
      );
      if (!parsed.success)
        throw new Error(`Programme ${file} is not valid: ${parsed.error.message}`);
      return parsed.data;
    }),
  );
}

/** Loads each shipped programme that the database does not have yet. */
export async function ensureProgrammes(db: Db, now: Date): Promise<number> {
  let added = 0;
  for (const programme of await readShippedProgrammes()) {
    const inserted = await db
      .insert(programmes)
      .values({
        id: randomUUID(),
        key: programme.key,
        version: programme.version,
        definition: programme,
        createdAt: now,
        createdBy: 'shipped defaults',
      })
      .onConflictDoNothing()
      .returning({ id: programmes.id });
    // A programme edited since (a higher version) stays as it is.
    added += inserted.length;
  }
  return added;
}

export async function currentProgramme(db: Db, key: string): Promise<Programme> {
  const [row] = await db
    .select()
    .from(programmes)
    .where(eq(programmes.key, key))
    .orderBy(desc(programmes.version))
    .limit(1);
  if (row === undefined) throw new AppError('not_found', `There is no programme "${key}".`);
  return row.definition;
}

export async function programmeVersion(db: Db, key: string, version: number): Promise<Programme> {
  const [row] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.key, key), eq(programmes.version, version)));
  if (row === undefined)
    throw new AppError('not_found', `There is no version ${version} of programme "${key}".`);
  return row.definition;
}

export async function listCurrentProgrammes(db: Db): Promise<Programme[]> {
  const rows = await db
    .select({ definition: programmes.definition })
    .from(programmes)
    .where(
      sql`(${programmes.key}, ${programmes.version}) IN (SELECT key, max(version) FROM programmes GROUP BY key)`,
    )
    .orderBy(programmes.key);
  return rows.map((r) => r.definition);
}

/** A new version of a programme; the previous ones stay (referrals keep the version they used). */
export async function saveProgrammeVersion(
  db: Db,
  programme: Programme,
  createdBy: string,
  now: Date,
): Promise<Programme> {
  const current = await currentProgramme(db, programme.key);
  const next = { ...programme, version: current.version + 1 };
  await db.insert(programmes).values({
    id: randomUUID(),
    key: next.key,
    version: next.version,
    definition: next,
    createdAt: now,
    createdBy,
  });
  return next;
}
