/** The case file as the pages show it; restricted fields only where the field rules allow. */
import {
  mayReadRestrictedField,
  restrictedCaseFields,
  type CaseAccessBasis,
  type CaseView,
  type Role,
} from '@omringd/core';
import type { CaseRow } from '../../kernel/guards/caseGuard.ts';
import { rows, type Db } from '../../platform/db/database.ts';
import { caseViewFactsQuery, type CaseViewFacts } from './queries.ts';

/** Each restricted field the case holds, with its value only where this reader may see it. */
export function visibleRestricted(
  row: CaseRow,
  basis: CaseAccessBasis,
  actingRoles: readonly Role[],
): CaseView['restricted'] {
  const restricted: CaseView['restricted'] = {};
  for (const field of restrictedCaseFields) {
    const value = row.restricted[field];
    if (value === undefined) continue;
    restricted[field] = mayReadRestrictedField(field, actingRoles, basis)
      ? { visible: true, value }
      : { visible: false };
  }
  return restricted;
}

export function caseView(
  row: CaseRow,
  basis: CaseAccessBasis,
  restricted: CaseView['restricted'],
  facts: CaseViewFacts | undefined,
): CaseView {
  return {
    id: row.id,
    familyId: row.familyId,
    familyLabel: facts?.familyLabel ?? '',
    organizationId: row.organizationId,
    title: row.title,
    concern: row.concern,
    status: row.status,
    restricted,
    accessBasis: basis,
    team: facts?.team ?? [],
    shares: facts?.shares ?? [],
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The view after a change, read in the change's transaction (one statement besides the row). */
export async function caseViewIn(
  tx: Db,
  row: CaseRow,
  basis: CaseAccessBasis,
  actingRoles: readonly Role[],
): Promise<CaseView> {
  const [facts] = await rows<CaseViewFacts>(tx, caseViewFactsQuery(row));
  return caseView(row, basis, visibleRestricted(row, basis, actingRoles), facts);
}

/** The restricted fields a view shows (the audit row names them, never their content). */
export const shownRestricted = (restricted: CaseView['restricted']) =>
  Object.entries(restricted)
    .filter(([, v]) => v.visible)
    .map(([k]) => k);
