/** Loads the Belgian municipalities and postal codes shipped in data/geo (BeST Address, CC BY 4.0). */
import { provinceOfNis } from '@omringd/core';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/database.ts';
import { municipalities, postalCodes } from '../db/schema.ts';

const geoDir = fileURLToPath(new URL('../../../data/geo/', import.meta.url));

async function readTsv(name: string): Promise<string[][]> {
  const text = await readFile(geoDir + name, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

export async function loadGeography(
  db: Db,
): Promise<{ municipalities: number; postalCodes: number }> {
  const muni = (await readTsv('be-municipalities.tsv')).map(
    ([nis = '', nameNl = '', nameFr = '', lat = '', lon = '']) => {
      const province = provinceOfNis(nis);
      if (province === undefined)
        throw new Error(`be-municipalities.tsv: NIS code ${nis} has no province`);
      return {
        nis,
        nameNl,
        nameFr: nameFr === '' ? null : nameFr,
        province,
        latitude: Number(lat),
        longitude: Number(lon),
      };
    },
  );
  const codes = (await readTsv('be-postal-codes.tsv')).flatMap(([postcode = '', nisList = '']) =>
    nisList.split(',').map((nis) => ({ postcode, nis })),
  );
  await db.transaction(async (tx) => {
    await tx.insert(municipalities).values(muni).onConflictDoNothing();
    await tx.insert(postalCodes).values(codes).onConflictDoNothing();
  });
  return { municipalities: muni.length, postalCodes: codes.length };
}
