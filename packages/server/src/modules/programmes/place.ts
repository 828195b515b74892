/** The municipality of a Belgian postal code (the first one when a code spans several). */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { postalCodes } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';

/** The municipality (NIS code) of a Belgian postal code, or null when the code does not exist. */
export async function findMunicipalityOfPostalCode(
  db: Db,
  postalCode: string,
): Promise<string | null> {
  const [row] = await db
    .select({ nis: postalCodes.nis })
    .from(postalCodes)
    .where(eq(postalCodes.postcode, postalCode))
    .orderBy(asc(postalCodes.nis))
    .limit(1);
  return row?.nis ?? null;
}

export async function municipalityOfPostalCode(db: Db, postalCode: string): Promise<string> {
  const nis = await findMunicipalityOfPostalCode(db, postalCode);
  if (nis === null)
    throw new AppError(
      'unknown_postcode',
      `Postal code ${postalCode} does not exist in Belgium. Check the four digits.`,
      'postalCode',
    );
  return nis;
}
