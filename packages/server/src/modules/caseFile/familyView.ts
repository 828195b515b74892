/** The family of a case as the routes answer it. */
import { familyDetailsSchema, type CaseFamily } from '@omringd/core';
import type { FamilyRow } from './queries/family.ts';

const nothingYet = familyDetailsSchema.parse({ members: [] });

export function familyView(row: FamilyRow | undefined): CaseFamily {
  if (row === undefined) return { version: 0, family: nothingYet, updatedAt: null };
  return { version: row.version, family: row.details, updatedAt: row.updatedAt.toISOString() };
}
