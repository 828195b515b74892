/** Where the family lives: a postal code, a municipality or a province, resolved to a place. */
import {
  type FamilyPlace,
  isProvinceCode,
  provinceOfPostalCode,
  provinces,
  type ProvinceCode,
} from '@omringd/core';
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';

export type { FamilyPlace } from '@omringd/core';

type MunicipalityRow = {
  nis: string;
  name_nl: string;
  province: string;
  latitude: number | null;
  longitude: number | null;
};

function toPlace(
  postcode: string | null,
  found: MunicipalityRow[],
  province: ProvinceCode,
): FamilyPlace {
  const placed = found.filter((m) => m.latitude !== null && m.longitude !== null);
  const centre =
    placed.length === 0
      ? null
      : {
          lat: placed.reduce((s, m) => s + (m.latitude ?? 0), 0) / placed.length,
          lon: placed.reduce((s, m) => s + (m.longitude ?? 0), 0) / placed.length,
        };
  const { nl, en } = provinces[province];
  return {
    postcode,
    municipalities: found.map((m) => ({ nis: m.nis, name: m.name_nl })),
    province,
    provinceName: { nl, en },
    centre,
  };
}

export async function resolvePlace(
  db: Db,
  where: {
    postcode?: string | undefined;
    municipality?: string | undefined;
    province?: ProvinceCode | undefined;
  },
): Promise<FamilyPlace | null> {
  if (where.postcode !== undefined) {
    const found = await rows<MunicipalityRow>(
      db,
      sql`SELECT m.nis, m.name_nl, m.province, m.latitude, m.longitude
          FROM postal_codes p JOIN municipalities m ON m.nis = p.nis WHERE p.postcode = ${where.postcode} ORDER BY m.nis`,
    );
    const byRange = provinceOfPostalCode(where.postcode);
    const [first] = found;
    if (first !== undefined) return toPlace(where.postcode, found, first.province as ProvinceCode);
    if (byRange !== undefined && !provinces[byRange].flemish && byRange !== 'BRU')
      return toPlace(where.postcode, [], byRange);
    throw new AppError(
      'unknown_postcode',
      `There is no Belgian postal code ${where.postcode}: check the four digits.`,
      'postcode',
    );
  }
  if (where.municipality !== undefined) {
    const found = await rows<MunicipalityRow>(
      db,
      sql`SELECT nis, name_nl, province, latitude, longitude FROM municipalities WHERE nis = ${where.municipality}`,
    );
    const [first] = found;
    if (first === undefined) {
      throw new AppError(
        'unknown_municipality',
        `There is no municipality with NIS code ${where.municipality}.`,
        'municipality',
      );
    }
    return toPlace(null, found, first.province as ProvinceCode);
  }
  if (where.province !== undefined && isProvinceCode(where.province))
    return toPlace(null, [], where.province);
  return null;
}
