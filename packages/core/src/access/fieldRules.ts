/**
 * Field-level rules: the most sensitive parts of a case file are shown only to the roles named
 * here, even inside the case team. Others see that the field exists and is restricted.
 */
import type { Role } from './roles.ts';
import type { CaseAccessBasis } from './caseAccess.ts';

export const restrictedCaseFields = ['addiction', 'violence'] as const;
export type RestrictedCaseField = (typeof restrictedCaseFields)[number];

export const restrictedFieldRoles: Record<RestrictedCaseField, readonly Role[]> = {
  addiction: ['case_coordinator', 'expert'],
  violence: ['case_coordinator', 'expert'],
};

/** Break-the-glass and parents do not see restricted details; the basis decides with the role. */
export function mayReadRestrictedField(
  field: RestrictedCaseField,
  heldRoles: readonly Role[],
  basis: CaseAccessBasis,
): boolean {
  if (basis === 'break_glass' || basis === 'referrer' || basis === 'parent') return false;
  return heldRoles.some((r) => restrictedFieldRoles[field].includes(r));
}
