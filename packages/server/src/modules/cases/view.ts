/** The case file as the pages show it; restricted fields only where the field rules allow. */
import {
  mayReadRestrictedField,
  restrictedCaseFields,
  type CaseAccessBasis,
  type CaseView,
  type Role,
} from '@omringd/core';
import type { Db } from '../../platform/db/database.ts';
import type { CaseRow } from '../../kernel/guards/caseGuard.ts';
import { familyOf, sharesOf, teamOf } from './queries.ts';

export async function caseView(
  tx: Db,
  row: CaseRow,
  basis: CaseAccessBasis,
  actingRoles: readonly Role[],
): Promise<CaseView> {
  const family = await familyOf(tx, row);
  const team = await teamOf(tx, row.id);
  const shares = await sharesOf(tx, row.id);
  const restricted: CaseView['restricted'] = {};
  for (const field of restrictedCaseFields) {
    const value = row.restricted[field];
    if (value === undefined) continue;
    restricted[field] = mayReadRestrictedField(field, actingRoles, basis)
      ? { visible: true, value }
      : { visible: false };
  }
  return {
    id: row.id,
    familyId: row.familyId,
    familyLabel: family?.label ?? '',
    organizationId: row.organizationId,
    title: row.title,
    concern: row.concern,
    status: row.status,
    restricted,
    accessBasis: basis,
    team,
    shares: shares.map((s) => ({ ...s, agreementRecordedAt: s.agreementRecordedAt.toISOString() })),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The restricted fields a view shows (the audit row names them, never their content). */
export const shownRestricted = (view: CaseView) =>
  Object.entries(view.restricted)
    .filter(([, v]) => v.visible)
    .map(([k]) => k);
